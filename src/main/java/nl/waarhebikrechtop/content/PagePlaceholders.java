package nl.waarhebikrechtop.content;

import java.util.Locale;
import java.util.Map;

/**
 * {@code {{placeholders}}} in the pages of {@code content/pages/} that another module fills in from its own
 * configuration, e.g. how long applications are kept. Every bean of this type is asked once per language when
 * the pages are read at start-up.
 */
public interface PagePlaceholders {

    /** Placeholder name (without braces) to the text in this language ("nl" or "en"). */
    Map<String, String> values(Locale language);
}
