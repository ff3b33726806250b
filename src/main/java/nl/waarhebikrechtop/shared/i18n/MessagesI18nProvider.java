package nl.waarhebikrechtop.shared.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * All UI text comes from {@code messages_nl.properties} and {@code messages_en.properties}. Dutch is the default;
 * a missing key shows as {@code !key!} and is logged, so it is found in tests rather than by a resident.
 */
@Component
public class MessagesI18nProvider implements I18NProvider {

    public static final Locale DUTCH = Locale.of("nl");
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> LOCALES = List.of(DUTCH, ENGLISH);
    public static final String BUNDLE = "messages";

    private static final Logger log = LoggerFactory.getLogger(MessagesI18nProvider.class);
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        ResourceBundle bundle = bundle(locale);
        if (!bundle.containsKey(key)) {
            log.warn("Missing translation '{}' for {}", key, bundle.getLocale());
            return "!" + key + "!";
        }
        String text = bundle.getString(key);
        return params.length == 0 ? text : new MessageFormat(text, bundle.getLocale()).format(params);
    }

    /** The supported locale closest to the given one: English when asked for English, Dutch otherwise. */
    public static Locale supported(Locale locale) {
        return locale != null && ENGLISH.getLanguage().equals(locale.getLanguage()) ? ENGLISH : DUTCH;
    }

    static ResourceBundle bundle(Locale locale) {
        try {
            return ResourceBundle.getBundle(BUNDLE, supported(locale), NO_FALLBACK);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("Message bundle missing for " + locale, e);
        }
    }
}
