package nl.waarhebikrechtop.aanvraag;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Small files with the real first (and for PDF last) bytes of their type, and look-alikes that are not. */
public final class TestFiles {

    private TestFiles() {
    }

    public static byte[] pdf() {
        return ("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    public static byte[] png() {
        return new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
    }

    public static byte[] jpeg() {
        return new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0};
    }

    /** A PNG padded to exactly {@code size} bytes. */
    public static byte[] pngOfSize(int size) {
        return Arrays.copyOf(png(), size);
    }

    /** A Windows program: starts with "MZ". */
    public static byte[] program() {
        return "MZ\u0090\u0000 This program cannot be run in DOS mode.".getBytes(StandardCharsets.ISO_8859_1);
    }

    public static byte[] html() {
        return "<html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.US_ASCII);
    }

    /** Starts like a PDF but is a script: no end-of-file marker. */
    public static byte[] fakePdf() {
        return "%PDF-1.4\n<script>alert(document.cookie)</script>".getBytes(StandardCharsets.US_ASCII);
    }
}
