package nl.waarhebikrechtop.eligibility;

import nl.waarhebikrechtop.content.LocalizedText;
import nl.waarhebikrechtop.content.ReasonTexts;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reason texts in {@code content/reasons/} against the rules that use them: every text a rule emits over many
 * generated households renders in both languages with every placeholder filled (a missing argument throws), and
 * every key in the files is used by a rule, so editors never keep a text nobody sees.
 */
class ReasonKeysTest {

    private static final long SEED = 4711L;

    @Test
    void every_reason_renders_without_an_unfilled_placeholder_in_both_languages() {
        SituationGenerator random = new SituationGenerator(SEED);
        List<LocalDate> dates = List.of(LocalDate.of(2025, 3, 1), LocalDate.of(2026, 3, 1), LocalDate.of(2028, 3, 1));
        int reasons = 0;
        for (int i = 0; i < 3000; i++) {
            Situation situation = random.next();
            if (!Engine.SERVICE.validate(situation).isEmpty()) {
                continue;
            }
            for (LocalDate date : dates) {
                for (SchemeResult result : Engine.SERVICE.evaluate(situation, date).results()) {
                    List<LocalizedText> texts = new ArrayList<>(result.reasons());
                    if (result.wouldQualifyIf() != null) {
                        texts.add(result.wouldQualifyIf());
                    }
                    for (LocalizedText text : texts) {
                        reasons++;
                        assertThat(text.nl() + " | " + text.en()).as("seed " + SEED).doesNotContain("{", "}", "#");
                    }
                }
            }
        }
        assertThat(reasons).isGreaterThan(50_000);
    }

    @Test
    void every_key_in_the_reason_files_is_used_by_a_rule() throws IOException {
        StringBuilder code = new StringBuilder();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/nl/waarhebikrechtop/eligibility"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                code.append(Files.readString(file));
            }
        }
        List<String> unused = new ReasonTexts(Engine.CONTENT).keys().stream()
                .filter(key -> !code.toString().contains("\"" + key + "\"")).toList();
        assertThat(unused).as("keys in content/reasons/ that no rule emits").isEmpty();
    }
}
