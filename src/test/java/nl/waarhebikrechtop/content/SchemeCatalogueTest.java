package nl.waarhebikrechtop.content;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SchemeCatalogueTest {

    private static final ContentProperties REAL = new ContentProperties(Path.of("content"));
    private static final String VALID = """
            id: demo
            national: false
            municipalities: {ASSEN: true}
            name: {nl: "Demo", en: "Demo"}
            summary: {nl: "Een regeling.", en: "A scheme."}
            link: https://www.assen.nl
            source: "test"
            """;

    @TempDir
    Path dir;

    private SchemeCatalogue catalogue(String name, String yaml) throws IOException {
        Files.writeString(dir.resolve(name), yaml);
        return new SchemeCatalogue(dir);
    }

    @Test
    void every_real_scheme_has_dutch_and_english_texts_and_next_steps() {
        assertThat(new SchemeCatalogue(REAL).all()).hasSize(13).allSatisfy(s -> {
            assertThat(s.nextSteps()).isNotEmpty();
            assertThat(s.whatToBring()).isNotEmpty();
        });
    }

    @Test
    void a_valid_file_loads() throws IOException {
        assertThat(catalogue("demo.yaml", VALID).scheme("demo")).isPresent();
    }

    @Test
    void a_missing_english_text_stops_the_start_with_the_file_and_line() {
        assertThatThrownBy(() -> catalogue("demo.yaml", VALID.replace(", en: \"A scheme.\"", "")))
                .isInstanceOf(ContentException.class).hasMessageContaining("demo.yaml").hasMessageContaining("line 5");
    }

    @Test
    void an_id_that_differs_from_the_file_name_an_unknown_municipality_and_an_unknown_field_are_refused() {
        assertThatThrownBy(() -> catalogue("other.yaml", VALID)).hasMessageContaining("must equal the file name");
        assertThatThrownBy(() -> catalogue("demo.yaml", VALID.replace("ASSEN", "GRONINGEN")))
                .hasMessageContaining("unknown municipality 'GRONINGEN'");
        assertThatThrownBy(() -> catalogue("demo.yaml", VALID + "nextStep: []\n"))
                .hasMessageContaining("nextStep");
    }

    @Test
    void the_kindpakket_catalogue_has_its_four_partners_with_sensible_ages() {
        assertThat(new KindpakketCatalogue(REAL).provisions()).extracting(KindpakketProvision::id)
                .containsExactly("leergeld", "jeugdfonds-sport-cultuur", "jarige-job", "nationaal-fonds-kinderhulp");
    }

    @Test
    void a_kindpakket_provision_with_ages_the_wrong_way_round_is_refused() throws IOException {
        Path file = dir.resolve("kindpakket.yaml");
        Files.writeString(file, """
                provisions:
                  - id: x
                    partner: P
                    name: {nl: "X", en: "X"}
                    description: {nl: "X", en: "X"}
                    link: https://example.org
                    minAge: 12
                    maxAge: 4
                    viaProfessional: false
                    incomeTested: true
                    confirmed: true
                    source: test
                """);

        assertThatThrownBy(() -> new KindpakketCatalogue(file)).hasMessageContaining("minAge <= maxAge");
    }
}
