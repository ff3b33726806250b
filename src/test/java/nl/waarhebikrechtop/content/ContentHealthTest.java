package nl.waarhebikrechtop.content;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class ContentHealthTest {

    private final ContentHealth health =
            new ContentHealth(ParameterSource.load(new ContentProperties(Path.of("content"))));

    @Test
    void staff_see_the_2026_norms_as_stale_in_november_but_not_in_february() {
        assertThat(health.staleParameters(LocalDate.of(2026, 11, 23)))
                .extracting(ContentHealth.ParameterStatus::id).contains("bijstand.norm.single", "bijstand.norm.couple");
        assertThat(health.staleParameters(LocalDate.of(2026, 2, 1)))
                .extracting(ContentHealth.ParameterStatus::id).doesNotContain("bijstand.norm.single");
    }

    @Test
    void legal_constants_are_never_stale() {
        assertThat(health.staleParameters(LocalDate.of(2030, 1, 1)))
                .extracting(ContentHealth.ParameterStatus::id).doesNotContain("bijstand.kostendeler.base");
    }

    @Test
    void unconfirmed_values_in_force_are_listed_with_file_and_line() {
        var unconfirmed = health.unconfirmedParameters(LocalDate.of(2026, 3, 1));

        assertThat(unconfirmed).extracting(ContentHealth.ParameterStatus::id)
                .contains("bijstand.norm.single", "bijstand.vermogen.single", "minima.limit.meedoen")
                .doesNotContain("zorgtoeslag.income_limit.single");
        var norm = unconfirmed.stream().filter(s -> s.id().equals("bijstand.norm.single")).findFirst().orElseThrow();
        assertThat(norm.file()).isEqualTo("bijstand.yaml");
        assertThat(norm.line()).isPositive();
        assertThat(norm.effectiveFrom()).isEqualTo(LocalDate.of(2026, 1, 1));
    }

    @Test
    void a_value_not_yet_in_force_counts_as_unconfirmed() {
        assertThat(health.unconfirmedParameters(LocalDate.of(2025, 6, 1)))
                .extracting(ContentHealth.ParameterStatus::id).contains("huurtoeslag.asset_limit.single")
                .doesNotContain("bijstand.norm.single");
    }
}
