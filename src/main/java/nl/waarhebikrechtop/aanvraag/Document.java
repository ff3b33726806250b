package nl.waarhebikrechtop.aanvraag;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/**
 * An uploaded proof, without its bytes (see {@link ApplicationDocuments#content}).
 *
 * @param fileName   the name to show and to download under: the resident's name for the file, cleaned, with the
 *                   extension of its real type
 * @param type       the type found in the content
 * @param sizeBytes  the size
 * @param uploadedAt when it was uploaded
 */
public record Document(UUID id, String fileName, DocumentType type, long sizeBytes, Instant uploadedAt) {

    /** The size as people read it: "120 kB", "2,4 MB" (with the locale's decimal sign). */
    public String readableSize(Locale locale) {
        if (sizeBytes < 1024 * 1024) {
            return Math.max(1, Math.round(sizeBytes / 1024.0)) + " kB";
        }
        return String.format(locale, "%.1f MB", sizeBytes / (1024.0 * 1024.0));
    }
}
