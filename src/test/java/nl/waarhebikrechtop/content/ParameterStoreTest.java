package nl.waarhebikrechtop.content;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ParameterStoreTest {

    private static final String HEADER = """
            test.norm:
              description: "A norm"
              unit: eur_per_month
              source: https://example.org
              confirmed: true
              last_checked: 2026-01-10
            """;

    @TempDir
    Path dir;

    private ParameterStore store(String yaml) throws IOException {
        Files.writeString(dir.resolve("test.yaml"), yaml);
        return new ParameterStore(dir);
    }

    @Test
    void the_value_in_force_is_the_latest_one_that_took_effect_on_or_before_the_date() throws IOException {
        ParameterStore store = store(HEADER + """
                  values:
                    2025-07-01: 1369.06
                    2025-01-01: 1345.45
                """);

        assertThat(store.valueOn("test.norm", LocalDate.of(2025, 6, 30)).value()).isEqualByComparingTo("1345.45");
        assertThat(store.valueOn("test.norm", LocalDate.of(2025, 7, 1)).value()).isEqualByComparingTo("1369.06");
        assertThat(store.changeDates()).containsExactly(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 7, 1));
    }

    @Test
    void two_values_for_the_same_date_stop_the_start_with_file_and_line() {
        assertThatThrownBy(() -> store(HEADER + """
                  values:
                    2025-01-01: 1345.45
                    2025-01-01: 1369.06
                """))
                .isInstanceOf(ContentException.class)
                .hasMessageContaining("test.yaml")
                .hasMessageContaining("line 9")
                .hasMessageContaining("appears twice (first on line 8)");
    }

    @Test
    void an_unknown_unit_is_named_with_its_line() {
        assertThatThrownBy(() -> store(HEADER.replace("eur_per_month", "guilders") + """
                  values:
                    2025-01-01: 1
                """)).hasMessageContaining("line 3: unknown unit 'guilders'");
    }

    @Test
    void a_missing_source_a_text_instead_of_a_number_and_a_bad_date_are_refused() {
        assertThatThrownBy(() -> store(HEADER.replace("  source: https://example.org\n", "") + """
                  values:
                    2025-01-01: 1
                """)).hasMessageContaining("has no 'source'");
        assertThatThrownBy(() -> store(HEADER + """
                  values:
                    2025-01-01: "veel"
                """)).hasMessageContaining("line 8: the value of test.norm must be a number");
        assertThatThrownBy(() -> store(HEADER + """
                  values:
                    2025-13-01: 1
                """)).hasMessageContaining("line 8: a date of test.norm must be a date");
    }

    @Test
    void malformed_yaml_is_reported_with_its_line() {
        assertThatThrownBy(() -> store(HEADER + "  values: [unclosed\n"))
                .isInstanceOf(ContentException.class).hasMessageContaining("not valid YAML");
    }

    @Test
    void amounts_with_three_decimals_and_fractional_years_are_refused() {
        assertThatThrownBy(() -> store(HEADER + """
                  values:
                    2025-01-01: 1.005
                """)).hasMessageContaining("at most two decimals");
        assertThatThrownBy(() -> store(HEADER.replace("eur_per_month", "years") + """
                  values:
                    2025-01-01: 17.5
                """)).hasMessageContaining("whole number");
    }

    @Test
    void a_confirmed_value_under_an_unconfirmed_parameter_is_a_contradiction() {
        assertThatThrownBy(() -> store(HEADER.replace("confirmed: true", "confirmed: false") + """
                  values:
                    2025-01-01:
                      value: 1
                      confirmed: true
                """)).hasMessageContaining("is marked unconfirmed but its value of 2025-01-01 says confirmed");
    }

    @Test
    void an_unknown_field_is_refused_so_typos_do_not_pass_silently() {
        assertThatThrownBy(() -> store(HEADER + """
                  valeus:
                    2025-01-01: 1
                """)).hasMessageContaining("unknown field 'valeus'");
    }

    @Test
    void a_value_is_stale_more_than_seven_months_after_it_took_effect_unless_the_parameter_is_not_periodic()
            throws IOException {
        Parameter norm = store(HEADER + """
                  values:
                    2026-01-01:
                      value: 1369.06
                      confirmed: false
                      note: carried over
                """).parameter("test.norm");

        assertThat(norm.staleOn(LocalDate.of(2026, 8, 1))).isFalse();
        assertThat(norm.staleOn(LocalDate.of(2026, 8, 2))).isTrue();
        assertThat(norm.valueOn(LocalDate.of(2026, 3, 1)).confirmed()).isFalse();
        assertThat(norm.valueOn(LocalDate.of(2026, 3, 1)).note()).isEqualTo("carried over");
        Parameter constant = new Parameter("a.b", "d", Unit.PERCENT, "https://x", false, LocalDate.of(2026, 1, 1),
                norm.values(), norm.file());
        assertThat(constant.staleOn(LocalDate.of(2030, 1, 1))).isFalse();
    }

    @Test
    void the_same_id_in_two_files_is_refused() throws IOException {
        Files.writeString(dir.resolve("other.yaml"), HEADER + "  values:\n    2025-01-01: 1\n");

        assertThatThrownBy(() -> store(HEADER + "  values:\n    2025-01-01: 2\n"))
                .hasMessageContaining("'test.norm' is already defined in other.yaml");
    }

    @Test
    void the_real_content_folder_loads_and_seeds_2026_norms_as_unconfirmed_july_2025_values() {
        ParameterSource real = ParameterSource.load(new ContentProperties(Path.of("content")));
        DatedValue norm2026 = real.valueOn("bijstand.norm.single", LocalDate.of(2026, 3, 1));
        DatedValue norm2025 = real.valueOn("bijstand.norm.single", LocalDate.of(2025, 9, 1));

        assertThat(norm2026.value()).isEqualByComparingTo(norm2025.value()).isEqualByComparingTo(new BigDecimal("1369.06"));
        assertThat(norm2026.confirmed()).isFalse();
        assertThat(norm2025.confirmed()).isTrue();
    }
}
