package nl.waarhebikrechtop.content;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ParameterStoreTest {

    /** Lines 1 to 6; the first value is on line 7. */
    private static final String HEADER = """
            test.norm:
              description: "A norm"
              unit: eur_per_month
              changes: half-yearly
              confirmed: true
              values:
            """;

    @TempDir
    Path dir;

    private ParameterStore store(String yaml) throws IOException {
        Files.writeString(dir.resolve("test.yaml"), yaml);
        return new ParameterStore(dir);
    }

    /** One value line with a source, as every value must have. */
    private static String value(String date, String value) {
        return "    " + date + ": {value: " + value + ", source: https://example.org/norms}\n";
    }

    @Test
    void the_value_in_force_is_the_latest_one_that_took_effect_on_or_before_the_date() throws IOException {
        ParameterStore store = store(HEADER + value("2025-07-01", "1369.06") + value("2025-01-01", "1345.45"));

        assertThat(store.valueOn("test.norm", LocalDate.of(2025, 6, 30)).value()).isEqualByComparingTo("1345.45");
        assertThat(store.valueOn("test.norm", LocalDate.of(2025, 7, 1)).value()).isEqualByComparingTo("1369.06");
        assertThat(store.changeDates()).containsExactly(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 7, 1));
    }

    @Test
    void each_value_carries_its_own_source_and_only_a_checked_value_has_a_last_checked_date() throws IOException {
        Parameter norm = store(HEADER + """
                    2025-01-01:
                      value: 1345.45
                      source: https://example.org/norms-january
                      last_checked: 2026-12-01
                    2025-07-01: {value: 1369.06, source: https://example.org/norms-july}
                """).parameter("test.norm");

        DatedValue january = norm.valueOn(LocalDate.of(2025, 3, 1));
        DatedValue july = norm.valueOn(LocalDate.of(2025, 9, 1));
        assertThat(january.source()).isEqualTo("https://example.org/norms-january");
        assertThat(january.lastChecked()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(july.source()).isEqualTo("https://example.org/norms-july");
        assertThat(july.lastChecked()).isNull();
        assertThat(norm.changes()).isEqualTo(ChangeFrequency.HALF_YEARLY);
    }

    @Test
    void a_bare_number_has_no_source_and_is_refused_with_file_line_and_what_to_write() {
        assertThatThrownBy(() -> store(HEADER + "    2025-01-01: 1345.45\n"))
                .isInstanceOf(ContentException.class)
                .hasMessageContaining("test.yaml")
                .hasMessageContaining("line 7: the value of test.norm for 2025-01-01 has no source")
                .hasMessageContaining("write it as 2025-01-01: {value: 1345.45, source: <URL of the page that states");
    }

    @Test
    void a_value_without_source_is_refused_with_its_line() {
        assertThatThrownBy(() -> store(HEADER + """
                    2025-01-01:
                      value: 1345.45
                      last_checked: 2026-12-01
                """))
                .hasMessageContaining("test.yaml")
                .hasMessageContaining("line 7: the value of test.norm for 2025-01-01 has no source: add source:");
    }

    @Test
    void a_source_must_be_the_url_of_a_page_not_a_home_page() {
        assertThatThrownBy(() -> store(HEADER + "    2025-01-01: {value: 1, source: westervoort.nl}\n"))
                .hasMessageContaining("line 7: the source of test.norm for 2025-01-01 must be a URL");
        assertThatThrownBy(() -> store(HEADER + "    2025-01-01: {value: 1, source: https://www.westervoort.nl}\n"))
                .hasMessageContaining("line 7: the source of test.norm for 2025-01-01 is a home page");
        assertThatThrownBy(() -> store(HEADER + "    2025-01-01: {value: 1, source: https://www.westervoort.nl/}\n"))
                .hasMessageContaining("is a home page: give the page that states the value");
    }

    @Test
    void the_old_parameter_level_source_and_last_checked_are_refused_with_where_they_went() {
        String oldSource = HEADER.replace("  changes: half-yearly\n",
                "  changes: half-yearly\n  source: https://example.org/norms\n");
        assertThatThrownBy(() -> store(oldSource + value("2025-01-01", "1")))
                .hasMessageContaining("test.yaml")
                .hasMessageContaining("line 5: 'source' is no longer a field of the parameter test.norm: "
                        + "give each value the page that states it, e.g. 2025-01-01: {value: 1345.45, source: ");

        String oldLastChecked = HEADER.replace("  confirmed: true\n", "  confirmed: true\n  last_checked: 2026-01-10\n");
        assertThatThrownBy(() -> store(oldLastChecked + value("2025-01-01", "1")))
                .hasMessageContaining("line 6: 'last_checked' is no longer a field of the parameter test.norm: "
                        + "put it on each value you checked against its source");
    }

    @Test
    void periodic_is_refused_and_names_the_words_of_changes() {
        String old = HEADER.replace("  changes: half-yearly\n", "  periodic: false\n");

        assertThatThrownBy(() -> store(old + value("2025-01-01", "1")))
                .hasMessageContaining("line 4: 'periodic' is replaced by 'changes' in test.norm: "
                        + "write changes: half-yearly, yearly or never");
    }

    @Test
    void an_unknown_or_missing_changes_word_is_refused() {
        assertThatThrownBy(() -> store(HEADER.replace("half-yearly", "monthly") + value("2025-01-01", "1")))
                .hasMessageContaining("line 4: unknown value 'monthly' for changes of test.norm: "
                        + "write half-yearly, yearly or never");
        assertThatThrownBy(() -> store(HEADER.replace("  changes: half-yearly\n", "") + value("2025-01-01", "1")))
                .hasMessageContaining("test.norm has no 'changes'");
    }

    @Test
    void a_last_checked_that_is_not_a_date_is_refused_with_its_line() {
        assertThatThrownBy(() -> store(HEADER + """
                    2025-01-01:
                      value: 1
                      source: https://example.org/norms
                      last_checked: yesterday
                """)).hasMessageContaining("line 10: last_checked of test.norm for 2025-01-01 must be a date");
    }

    @Test
    void two_values_for_the_same_date_stop_the_start_with_file_and_line() {
        assertThatThrownBy(() -> store(HEADER + value("2025-01-01", "1345.45") + value("2025-01-01", "1369.06")))
                .isInstanceOf(ContentException.class)
                .hasMessageContaining("test.yaml")
                .hasMessageContaining("line 8")
                .hasMessageContaining("appears twice (first on line 7)");
    }

    @Test
    void an_unknown_unit_is_named_with_its_line() {
        assertThatThrownBy(() -> store(HEADER.replace("eur_per_month", "guilders") + value("2025-01-01", "1")))
                .hasMessageContaining("line 3: unknown unit 'guilders'");
    }

    @Test
    void a_text_instead_of_a_number_and_a_bad_date_are_refused() {
        assertThatThrownBy(() -> store(HEADER + "    2025-01-01: {value: \"veel\", source: https://example.org/n}\n"))
                .hasMessageContaining("line 7: the value of test.norm must be a number");
        assertThatThrownBy(() -> store(HEADER + value("2025-13-01", "1")))
                .hasMessageContaining("line 7: a date of test.norm must be a date");
    }

    @Test
    void malformed_yaml_is_reported_with_its_line() {
        assertThatThrownBy(() -> store(HEADER + "    2025-01-01: [unclosed\n"))
                .isInstanceOf(ContentException.class).hasMessageContaining("not valid YAML");
    }

    @Test
    void amounts_with_three_decimals_and_fractional_years_are_refused() {
        assertThatThrownBy(() -> store(HEADER + value("2025-01-01", "1.005")))
                .hasMessageContaining("at most two decimals");
        assertThatThrownBy(() -> store(HEADER.replace("eur_per_month", "years") + value("2025-01-01", "17.5")))
                .hasMessageContaining("whole number");
    }

    @Test
    void a_confirmed_value_under_an_unconfirmed_parameter_is_a_contradiction() {
        assertThatThrownBy(() -> store(HEADER.replace("confirmed: true", "confirmed: false")
                + "    2025-01-01: {value: 1, source: https://example.org/norms, confirmed: true}\n"))
                .hasMessageContaining("is marked unconfirmed but its value of 2025-01-01 says confirmed");
    }

    @Test
    void an_unknown_field_is_refused_so_typos_do_not_pass_silently() {
        assertThatThrownBy(() -> store(HEADER.replace("  values:\n", "  valeus:\n") + value("2025-01-01", "1")))
                .hasMessageContaining("unknown field 'valeus'");
        assertThatThrownBy(() -> store(HEADER
                + "    2025-01-01: {value: 1, source: https://example.org/norms, last_chekced: 2026-12-01}\n"))
                .hasMessageContaining("line 7: unknown field 'last_chekced' in the value of test.norm for 2025-01-01");
    }

    /**
     * Stale on a date: the newest value took effect before the latest scheduled change date on or before it
     * (half-yearly: 1 January or 1 July; yearly: 1 January). Each row: frequency, newest value's date, the date
     * asked, and the change date it is stale since (empty: not stale).
     */
    @ParameterizedTest(name = "{0} value of {1} on {2}: stale since {3}")
    @CsvSource({
            // A half-yearly norm of 1 January is due again on 1 July.
            "half-yearly, 2026-01-01, 2026-06-30, ",
            "half-yearly, 2026-01-01, 2026-07-01, 2026-07-01",
            "half-yearly, 2026-01-01, 2026-12-02, 2026-07-01",
            // A half-yearly norm of 1 July is due again on 1 January.
            "half-yearly, 2025-07-01, 2025-12-31, ",
            "half-yearly, 2025-07-01, 2026-01-01, 2026-01-01",
            // A yearly value is not stale inside its year.
            "yearly, 2026-01-01, 2026-07-01, ",
            "yearly, 2026-01-01, 2026-12-02, ",
            "yearly, 2026-01-01, 2026-12-31, ",
            "yearly, 2026-01-01, 2027-01-01, 2027-01-01",
            "yearly, 2025-01-01, 2026-12-02, 2026-01-01",
            // A value dated off the schedule is due at the next scheduled date.
            "yearly, 2025-03-15, 2025-12-31, ",
            "half-yearly, 2025-03-15, 2025-07-01, 2025-07-01",
            // A value that takes effect in the future is not stale; a legal constant never is.
            "half-yearly, 2028-01-01, 2026-12-02, ",
            "never, 2023-01-01, 2040-01-01, ",
    })
    void a_value_is_stale_when_a_scheduled_change_date_passed_without_a_new_value(
            String changes, LocalDate newest, LocalDate date, LocalDate staleSince) throws IOException {
        Parameter parameter = store(HEADER.replace("half-yearly", changes) + value(newest.toString(), "1"))
                .parameter("test.norm");

        assertThat(parameter.staleSince(date)).isEqualTo(staleSince);
        assertThat(parameter.staleOn(date)).isEqualTo(staleSince != null);
    }

    @Test
    void only_the_newest_value_decides_staleness() throws IOException {
        Parameter norm = store(HEADER + value("2025-07-01", "1369.06") + value("2026-01-01", "1369.06"))
                .parameter("test.norm");

        assertThat(norm.staleOn(LocalDate.of(2026, 3, 1))).isFalse();
        assertThat(norm.staleSince(LocalDate.of(2026, 12, 2))).isEqualTo(LocalDate.of(2026, 7, 1));
    }

    @Test
    void the_same_id_in_two_files_is_refused() throws IOException {
        Files.writeString(dir.resolve("other.yaml"), HEADER + value("2025-01-01", "1"));

        assertThatThrownBy(() -> store(HEADER + value("2025-01-01", "2")))
                .hasMessageContaining("'test.norm' is already defined in other.yaml");
    }

    @Test
    void the_real_content_folder_loads_and_seeds_2026_norms_as_unconfirmed_unchecked_july_2025_values() {
        ParameterSource real = ParameterSource.load(new ContentProperties(Path.of("content")));
        DatedValue norm2026 = real.valueOn("bijstand.norm.single", LocalDate.of(2026, 3, 1));
        DatedValue norm2025 = real.valueOn("bijstand.norm.single", LocalDate.of(2025, 9, 1));

        assertThat(norm2026.value()).isEqualByComparingTo(norm2025.value()).isEqualByComparingTo(new BigDecimal("1369.06"));
        assertThat(norm2026.confirmed()).isFalse();
        assertThat(norm2026.lastChecked()).as("a carried-over value was never checked as a 2026 value").isNull();
        assertThat(norm2025.confirmed()).isTrue();
        assertThat(norm2025.source()).startsWith("https://");
        assertThat(real.parameter("bijstand.norm.single").changes()).isEqualTo(ChangeFrequency.HALF_YEARLY);
        assertThat(real.parameter("bijstand.vermogen.single").changes()).isEqualTo(ChangeFrequency.YEARLY);
        assertThat(real.parameter("bijstand.kostendeler.base").changes()).isEqualTo(ChangeFrequency.NEVER);
    }

    @Test
    void in_the_real_content_every_unconfirmed_carried_over_value_has_no_last_checked() {
        ParameterSource real = ParameterSource.load(new ContentProperties(Path.of("content")));

        assertThat(real.all().stream().flatMap(p -> p.values().stream())
                .filter(v -> v.note() != null && v.note().contains("carried over")))
                .isNotEmpty()
                .allSatisfy(v -> assertThat(v.lastChecked()).isNull());
    }
}
