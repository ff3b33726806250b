package nl.waarhebikrechtop.aanvraag;

import nl.waarhebikrechtop.content.ContentProperties;
import nl.waarhebikrechtop.content.ContentService;
import nl.waarhebikrechtop.content.MarkdownRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.time.Period;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The privacy page states the retention period of sent applications from the same setting the deletion uses. */
class RetentionPlaceholdersTest {

    private static String privacy(RetentionSettings settings, Locale language) {
        ContentService content = new ContentService(new ContentProperties(Path.of("content")), new MarkdownRenderer(),
                List.of(new RetentionPlaceholders(settings)));
        return content.page("privacy", language).orElseThrow().html();
    }

    @Test
    void a_configured_period_is_shown_in_the_row_of_a_sent_application() {
        RetentionSettings sevenYears = new RetentionSettings(Period.ofYears(7));

        assertThat(privacy(sevenYears, Locale.of("nl")))
                .contains("<td>Een verstuurde aanvraag</td><td>7 jaar na het besluit.</td>")
                .doesNotContain("onder voorbehoud");
        assertThat(privacy(sevenYears, Locale.ENGLISH))
                .contains("<td>An application you have sent</td><td>7 years after the decision.</td>")
                .doesNotContain("to be confirmed");
    }

    @Test
    void without_a_period_the_page_says_the_municipality_has_not_set_it_yet() {
        RetentionSettings unset = new RetentionSettings(null);

        assertThat(privacy(unset, Locale.of("nl"))).contains("<td>Een verstuurde aanvraag</td><td>Zolang de wet dat "
                + "vraagt. De gemeente stelt deze termijn nog vast (onder voorbehoud).</td>");
        assertThat(privacy(unset, Locale.ENGLISH)).contains("<td>An application you have sent</td><td>As long as the "
                + "law requires. The municipality has not yet set this period (to be confirmed).</td>");
    }

    @Test
    void the_page_says_that_documents_are_deleted_with_the_application() {
        assertThat(privacy(new RetentionSettings(null), Locale.of("nl")))
                .contains("Stuurt u bewijsstukken mee", "Wij verwijderen ze samen met de\naanvraag");
        assertThat(privacy(new RetentionSettings(null), Locale.ENGLISH))
                .contains("documents with your application", "We delete\nthem together with the application");
    }

    @ParameterizedTest(name = "{0} is \"{1}\" and \"{2}\"")
    @CsvSource(delimiter = ';', value = {
            "P7Y; 7 jaar; 7 years",
            "P1Y; 1 jaar; 1 year",
            "P18M; 18 maanden; 18 months",
            "P1Y6M; 1 jaar en 6 maanden; 1 year and 6 months",
            "P2Y1M1D; 2 jaar, 1 maand en 1 dag; 2 years, 1 month and 1 day",
            "P90D; 90 dagen; 90 days"})
    void periods_read_as_words(String period, String dutch, String english) {
        assertThat(RetentionPlaceholders.duration(Period.parse(period), false)).isEqualTo(dutch);
        assertThat(RetentionPlaceholders.duration(Period.parse(period), true)).isEqualTo(english);
    }
}
