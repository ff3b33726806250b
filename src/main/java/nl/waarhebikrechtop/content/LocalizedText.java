package nl.waarhebikrechtop.content;

import java.util.Locale;

/**
 * One text in both languages of the portal. Rules, content and views pass these around so that a view, a PDF,
 * an e-mail and the API all show exactly the same words.
 *
 * @param nl Dutch (B1)
 * @param en English
 */
public record LocalizedText(String nl, String en) {

    public LocalizedText {
        if (nl == null || nl.isBlank() || en == null || en.isBlank()) {
            throw new IllegalArgumentException("a text needs both a Dutch (nl) and an English (en) version");
        }
    }

    /** The English text for an English locale, Dutch otherwise. */
    public String in(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? en : nl;
    }
}
