package nl.waarhebikrechtop.content;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The editor's B1 hints: labelled hints, found per line, never errors. */
class PlainLanguageTest {

    private final PlainLanguage hints = new PlainLanguage(Map.of("nl", Map.of("indien", "als"),
            "en", Map.of("forthwith", "now")));

    private List<String> found(String language, String markdown) {
        return hints.hints(language, markdown).stream().map(h -> h.kind() + "@" + h.line() + " " + h.excerpt()).toList();
    }

    @Test
    void a_sentence_of_more_than_fifteen_words_is_a_hint_and_one_of_fifteen_is_not() {
        String fifteen = "Ik ga nu al weg en jij ook, maar wij zijn er zo en dan.";
        String sixteen = "Ik ga nu al weg en jij ook, maar wij zijn er zo en dan op.";

        assertThat(found("nl", fifteen)).isEmpty();
        assertThat(found("nl", "## Kop\n\n" + sixteen)).containsExactly("LONG_SENTENCE@3 " + sixteen);
    }

    @Test
    void link_addresses_and_placeholders_do_not_count_as_words() {
        assertThat(found("nl", "Kijk op [de website](https://www.wpda.nl/mijn-inkomen/meedoenregelingen) of bel "
                + "{{phone}}.")).isEmpty();
    }

    @Test
    void long_words_jargon_and_the_passive_voice_are_found_in_both_languages() {
        assertThat(found("nl", "- De kostendelersnorm geldt.\n- Indien u hulp wilt, bel.\n- Het geld wordt betaald."))
                .containsExactly("LONG_WORD@1 kostendelersnorm", "JARGON@2 Indien",
                        "PASSIVE@3 Het geld wordt betaald.");
        assertThat(found("en", "The money is paid forthwith.")).containsExactlyInAnyOrder(
                "PASSIVE@1 The money is paid forthwith.", "JARGON@1 forthwith");
        assertThat(hints.hints("nl", "Indien nodig.").getFirst().suggestion()).isEqualTo("als");
    }

    @Test
    void the_jargon_list_of_the_content_folder_is_read() {
        assertThat(PlainLanguage.of(SampleContent.DIR).hints("nl", "Indien u wilt.")).extracting(
                PlainLanguage.Hint::kind).containsExactly(PlainLanguage.Hint.Kind.JARGON);
    }
}
