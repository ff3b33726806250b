package nl.waarhebikrechtop.eligibility;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Only the eligibility rules read a parameter by its id: a view, a walkthrough or an application form that reads
 * {@code "meedoen.age_below"} itself repeats a rule and drifts from it. Other features take what they need from the
 * {@link Assessment}. The content module loads the files and the API lists them without naming an id.
 */
class ParameterIdsStayInEligibilityTest {

    private static final Path MAIN = Path.of("src/main/java/nl/waarhebikrechtop");

    @Test
    void no_parameter_id_appears_in_code_outside_eligibility_and_content() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !f.startsWith(MAIN.resolve("eligibility")) && !f.startsWith(MAIN.resolve("content")))
                    .forEach(f -> {
                        String source = read(f);
                        for (Param param : Param.values()) {
                            if (source.contains("\"" + param.id() + "\"")) {
                                found.add(MAIN.relativize(f) + " names " + param.id());
                            }
                        }
                    });
        }
        assertThat(found).as("parameter ids outside eligibility").isEmpty();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
