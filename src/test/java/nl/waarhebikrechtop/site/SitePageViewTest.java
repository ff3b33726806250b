package nl.waarhebikrechtop.site;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import nl.waarhebikrechtop.KaribuTest;
import nl.waarhebikrechtop.shared.i18n.MessagesI18nProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class SitePageViewTest extends KaribuTest {

    @ParameterizedTest(name = "/{0} shows \"{1}\" in Dutch and \"{2}\" in English")
    @CsvSource({
            "privacy, Privacy, Privacy",
            "toegankelijkheid, Toegankelijkheidsverklaring, Accessibility statement",
            "contact, Contact, Contact"})
    void footer_pages_show_their_text_from_the_content_folder(String slug, String dutch, String english) {
        navigate(slug);
        assertThat(_get(H1.class).getText()).isEqualTo(dutch);
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo(dutch + " - Waar heb ik recht op?");

        useLanguage(MessagesI18nProvider.ENGLISH);
        assertThat(_get(H1.class).getText()).isEqualTo(english);
    }

    @Test
    void placeholders_are_filled_in_from_the_municipality_facts() {
        navigate("contact");
        String html = _get(Html.class).getElement().getOuterHTML();
        assertThat(html).contains("Werkplein Drentsche Aa").contains("Assen, Aa en Hunze, Tynaarlo")
                .doesNotContain("{{");
    }

    @Test
    void privacy_page_states_how_long_drafts_are_kept() {
        navigate("privacy");
        assertThat(_get(Html.class).getElement().getOuterHTML()).contains("30 dagen");
    }

    @Test
    void privacy_page_says_the_period_for_sent_applications_is_not_set_while_it_is_not_configured() {
        navigate("privacy");
        assertThat(_get(Html.class).getElement().getOuterHTML())
                .contains("De gemeente stelt deze termijn nog vast (onder voorbehoud).");

        useLanguage(MessagesI18nProvider.ENGLISH);
        assertThat(_get(Html.class).getElement().getOuterHTML())
                .contains("The municipality has not yet set this period (to be confirmed).");
    }
}
