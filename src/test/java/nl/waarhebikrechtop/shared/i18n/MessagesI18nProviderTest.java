package nl.waarhebikrechtop.shared.i18n;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class MessagesI18nProviderTest {

    private final MessagesI18nProvider provider = new MessagesI18nProvider();

    @Test
    void dutch_is_used_for_any_language_other_than_english() {
        assertThat(provider.getTranslation("nav.apply", Locale.GERMAN)).isEqualTo("Aanvragen");
        assertThat(provider.getTranslation("nav.apply", Locale.of("nl", "NL"))).isEqualTo("Aanvragen");
        assertThat(provider.getTranslation("nav.apply", Locale.UK)).isEqualTo("Apply");
    }

    @Test
    void parameters_are_filled_in() {
        assertThat(provider.getTranslation("footer.about", MessagesI18nProvider.DUTCH, "Gemeente Assen", "Werkplein"))
                .isEqualTo("Een website van Gemeente Assen en het Werkplein.");
    }

    @Test
    void a_missing_key_is_visible_instead_of_silently_empty() {
        assertThat(provider.getTranslation("no.such.key", MessagesI18nProvider.DUTCH)).isEqualTo("!no.such.key!");
    }
}
