package nl.waarhebikrechtop.aanvraag;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The kinds of proof a resident may upload. The kind is read from the first bytes of the file itself (its "magic
 * number"); the file name and the type the browser claims are not trusted.
 */
public enum DocumentType {
    PDF("application/pdf", "pdf"),
    JPEG("image/jpeg", "jpg"),
    PNG("image/png", "png");

    private static final byte[] PDF_START = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PDF_END = "%%EOF".getBytes(StandardCharsets.US_ASCII);
    /** Writers may put a little after the last end marker (a newline, padding); this much is tolerated. */
    private static final int PDF_TAIL = 1024;
    private static final byte[] JPEG_START = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG_START = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};

    private final String mediaType;
    private final String extension;

    DocumentType(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The extension a file of this kind gets when it is downloaded, without the dot. */
    public String extension() {
        return extension;
    }

    public static Optional<DocumentType> ofMediaType(String mediaType) {
        for (DocumentType type : values()) {
            if (type.mediaType.equals(mediaType)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    /**
     * The kind of file these bytes are, judged from their content only. A PDF must start with its header and
     * end with its end-of-file marker, so a text or HTML file that merely begins with "%PDF-" is refused.
     */
    public static Optional<DocumentType> sniff(byte[] content) {
        if (startsWith(content, PNG_START)) {
            return Optional.of(PNG);
        }
        if (startsWith(content, JPEG_START)) {
            return Optional.of(JPEG);
        }
        if (startsWith(content, PDF_START) && endMarkerNearEnd(content)) {
            return Optional.of(PDF);
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean endMarkerNearEnd(byte[] content) {
        int from = Math.max(PDF_START.length, content.length - PDF_TAIL - PDF_END.length);
        for (int i = content.length - PDF_END.length; i >= from; i--) {
            boolean match = true;
            for (int j = 0; j < PDF_END.length && match; j++) {
                match = content[i + j] == PDF_END[j];
            }
            if (match) {
                return true;
            }
        }
        return false;
    }
}
