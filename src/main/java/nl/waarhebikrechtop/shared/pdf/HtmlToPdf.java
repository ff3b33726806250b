package nl.waarhebikrechtop.shared.pdf;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.logging.Level;

/**
 * Turns a small, well-formed XHTML document into a PDF with DejaVu Sans embedded, so "één café, € 12,50" prints
 * the same everywhere. Used for the route checklist and the check's results.
 */
public final class HtmlToPdf {

    /** The font family name to use in the document's CSS. */
    public static final String FONT_FAMILY = "DejaVu Sans";
    public static final String CONTENT_TYPE = "application/pdf";
    private static final String FONT = "/fonts/DejaVuSans.ttf";

    static {
        // openhtmltopdf logs every render at INFO on its own; keep warnings and errors only.
        XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.WARNING));
    }

    private HtmlToPdf() {
    }

    public static byte[] render(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(HtmlToPdf::font, FONT_FAMILY);
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("PDF could not be made", e);
        }
        return out.toByteArray();
    }

    /** Escapes text for use in (X)HTML content and attribute values. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static InputStream font() {
        return Objects.requireNonNull(HtmlToPdf.class.getResourceAsStream(FONT), FONT + " is missing");
    }
}
