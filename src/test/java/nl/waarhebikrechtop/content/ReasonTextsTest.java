package nl.waarhebikrechtop.content;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReasonTextsTest {

    private static final Locale NL = Locale.of("nl");
    private static final Locale EN = Locale.of("en");

    @Test
    void the_content_has_every_key_in_every_language_with_the_same_arguments() {
        ReasonTexts texts = new ReasonTexts(new ContentProperties(Path.of("content")));

        assertThat(texts.languages()).contains("nl", "en");
        assertThat(texts.keys()).contains("income.above-limit", "aio.cost-sharers");
        assertThat(texts.arguments("aio.cost-sharers")).containsExactlyInAnyOrder("sharers", "sharerAge", "norm",
                "withoutSharing");
    }

    @Test
    void plurals_pick_one_for_1_and_other_otherwise_and_hash_is_the_number() {
        TextTemplate text = TextTemplate.parse("Er {n, plural, =0 {woont niemand} one {woont # ander} other {wonen # anderen}}.");

        assertThat(text.render(NL, Map.of("n", 0))).isEqualTo("Er woont niemand.");
        assertThat(text.render(NL, Map.of("n", 1))).isEqualTo("Er woont 1 ander.");
        assertThat(text.render(NL, Map.of("n", 3))).isEqualTo("Er wonen 3 anderen.");
        assertThat(TextTemplate.parse("{n, plural, =12 {twaalf} other {#}}").render(NL, Map.of("n", 12)))
                .isEqualTo("twaalf");
    }

    @Test
    void select_picks_the_branch_by_value_with_other_as_fallback_and_arguments_format_per_language() {
        TextTemplate text = TextTemplate.parse("{known, select, all {Inkomen {x}} other {Bekend deel {x}}}!");
        TextArgument money = locale -> locale.getLanguage().equals("en") ? "€1,000.00" : "€ 1.000,00";

        assertThat(text.render(NL, Map.of("known", "all", "x", money))).isEqualTo("Inkomen € 1.000,00!");
        assertThat(text.render(EN, Map.of("known", "part", "x", money))).isEqualTo("Bekend deel €1,000.00!");
        assertThat(text.arguments()).containsExactlyInAnyOrder("known", "x");
    }

    @Test
    void a_missing_argument_or_a_malformed_text_is_refused_with_what_is_wrong() {
        assertThatThrownBy(() -> TextTemplate.parse("{n}").render(NL, Map.of()))
                .hasMessageContaining("no value for {n}");
        assertThatThrownBy(() -> TextTemplate.parse("{n, plural, one {x}}")).hasMessageContaining("'other'");
        assertThatThrownBy(() -> TextTemplate.parse("{n, number}")).hasMessageContaining("unknown kind 'number'");
        assertThatThrownBy(() -> TextTemplate.parse("open {n")).hasMessageContaining("ends inside a placeholder");
        assertThatThrownBy(() -> TextTemplate.parse("a } b")).hasMessageContaining("unexpected '}'");
    }

    @Test
    void start_up_stops_when_a_language_lacks_a_key_or_uses_other_arguments(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("nl.yaml"), "a: \"Tekst {x}\"\nb: \"Nog een\"\n");
        Files.writeString(dir.resolve("en.yaml"), "a: \"Text {y}\"\n");
        assertThatThrownBy(() -> new ReasonTexts(dir)).isInstanceOf(ContentException.class)
                .hasMessageContaining("en.yaml").hasMessageContaining("missing [b]");

        Files.writeString(dir.resolve("en.yaml"), "a: \"Text {y}\"\nb: \"One more\"\n");
        assertThatThrownBy(() -> new ReasonTexts(dir)).hasMessageContaining("a uses [y] but nl.yaml uses [x]");

        Files.delete(dir.resolve("en.yaml"));
        assertThatThrownBy(() -> new ReasonTexts(dir)).hasMessageContaining("en.yaml");
    }
}
