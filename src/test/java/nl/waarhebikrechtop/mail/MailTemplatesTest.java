package nl.waarhebikrechtop.mail;

import nl.waarhebikrechtop.shared.i18n.MessagesI18nProvider;
import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MailTemplatesTest {

    private final MailTemplates templates = new MailTemplates();
    private final Map<String, String> overview = Map.of("date", "2 maart 2026",
            "overview", "Kindpakket: waarschijnlijk wel\nMeedoenpremie: € 210", "checkUrl", "https://example.nl/check");

    @Test
    void the_dutch_template_fills_in_subject_and_body() {
        RenderedMail mail = templates.render("check-overview", MessagesI18nProvider.DUTCH, overview);

        assertThat(mail.subject()).isEqualTo("Uw overzicht: waar heeft u misschien recht op?");
        assertThat(mail.text()).contains("op 2 maart 2026 de check", "Meedoenpremie: € 210",
                "Ga dan naar https://example.nl/check").doesNotContain("{{");
        assertThat(mail.html()).contains("<html lang=\"nl\">", "Kindpakket: waarschijnlijk wel<br>",
                "<a href=\"https://example.nl/check\">https://example.nl/check</a>");
    }

    @Test
    void the_english_template_is_english_and_anything_but_english_is_dutch() {
        assertThat(templates.render("check-overview", Locale.ENGLISH, overview).subject())
                .isEqualTo("Your overview: what you may be entitled to");
        assertThat(templates.render("check-overview", Locale.GERMAN, overview).html()).contains("<html lang=\"nl\">");
    }

    @Test
    void values_cannot_inject_markup_into_the_html_version() {
        Map<String, String> hostile = Map.of("date", "<script>alert(1)</script>", "overview", "<b>Tom & Jerry</b>",
                "checkUrl", "https://example.nl/\"onmouseover=\"x");

        RenderedMail mail = templates.render("check-overview", MessagesI18nProvider.DUTCH, hostile);

        assertThat(mail.html()).doesNotContain("<script>", "<b>", "\"onmouseover")
                .contains("&lt;script&gt;", "&lt;b&gt;Tom &amp; Jerry&lt;/b&gt;");
        assertThat(mail.text()).contains("<b>Tom & Jerry</b>");
    }

    @Test
    void a_line_break_in_a_value_cannot_break_out_of_the_subject() {
        RenderedMail mail = templates.render("test-mail", Locale.ENGLISH,
                Map.of("sender", "x", "date", "today"));
        assertThat(mail.subject()).doesNotContain("\n");
    }

    @Test
    void a_missing_value_or_template_fails_loudly() {
        assertThatThrownBy(() -> templates.render("check-overview", Locale.ENGLISH, Map.of("date", "today")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("{{overview}}");
        assertThatThrownBy(() -> templates.render("no-such-template", Locale.ENGLISH, Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> templates.render("../application", Locale.ENGLISH, Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void every_shipped_template_exists_in_both_languages() {
        assertThat(templates.exists("check-overview")).isTrue();
        assertThat(templates.exists("test-mail")).isTrue();
        assertThat(templates.exists("no-such-template")).isFalse();
    }
}
