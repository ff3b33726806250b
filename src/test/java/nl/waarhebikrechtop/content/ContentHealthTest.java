package nl.waarhebikrechtop.content;

import nl.waarhebikrechtop.content.ContentHealth.ParameterStatus;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ContentHealthTest {

    private final ContentHealth health =
            new ContentHealth(ParameterSource.load(new ContentProperties(Path.of("content"))));

    private static ParameterStatus find(List<ParameterStatus> statuses, String id) {
        return statuses.stream().filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError(id + " is not listed"));
    }

    @Test
    void the_half_yearly_norms_of_1_january_are_stale_from_1_july_without_a_new_value() {
        assertThat(health.staleParameters(LocalDate.of(2026, 6, 30)))
                .extracting(ParameterStatus::id).doesNotContain("bijstand.norm.single");

        List<ParameterStatus> july = health.staleParameters(LocalDate.of(2026, 7, 1));
        ParameterStatus norm = find(july, "bijstand.norm.single");
        assertThat(norm.staleSince()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(norm.effectiveFrom()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(norm.changes()).isEqualTo(ChangeFrequency.HALF_YEARLY);
        assertThat(find(health.staleParameters(LocalDate.of(2026, 12, 2)), "bijstand.norm.couple").staleSince())
                .isEqualTo(LocalDate.of(2026, 7, 1));
    }

    @Test
    void a_yearly_value_of_1_january_is_not_stale_inside_its_year() {
        assertThat(health.staleParameters(LocalDate.of(2026, 12, 31))).extracting(ParameterStatus::id)
                .doesNotContain("zorgtoeslag.income_limit.single", "bijstand.vermogen.single");

        ParameterStatus next = find(health.staleParameters(LocalDate.of(2027, 1, 1)), "zorgtoeslag.income_limit.single");
        assertThat(next.staleSince()).isEqualTo(LocalDate.of(2027, 1, 1));
    }

    @Test
    void a_yearly_amount_of_2025_is_stale_since_1_january_2026() {
        ParameterStatus meedoen = find(health.staleParameters(LocalDate.of(2026, 12, 2)), "meedoen.amount.primary");

        assertThat(meedoen.staleSince()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(meedoen.source()).startsWith("https://www.wpda.nl/");
    }

    @Test
    void legal_constants_are_never_stale() {
        assertThat(health.staleParameters(LocalDate.of(2040, 1, 1))).extracting(ParameterStatus::id)
                .doesNotContain("bijstand.kostendeler.base", "aow.age_months", "minima.limit.kindpakket");
    }

    @Test
    void unconfirmed_values_in_force_are_listed_with_source_last_checked_note_file_and_line() {
        var unconfirmed = health.unconfirmedParameters(LocalDate.of(2026, 3, 1));

        assertThat(unconfirmed).extracting(ParameterStatus::id)
                .contains("bijstand.norm.single", "bijstand.vermogen.single", "minima.limit.meedoen")
                .doesNotContain("zorgtoeslag.income_limit.single");
        ParameterStatus norm = find(unconfirmed, "bijstand.norm.single");
        assertThat(norm.file()).isEqualTo("bijstand.yaml");
        assertThat(norm.line()).isPositive();
        assertThat(norm.effectiveFrom()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(norm.source()).startsWith("https://");
        assertThat(norm.lastChecked()).isNull();
        assertThat(norm.note()).contains("carried over");
        assertThat(norm.staleSince()).isNull();
        assertThat(norm.inForce()).isTrue();
    }

    @Test
    void a_value_not_yet_in_force_counts_as_unconfirmed() {
        var june2025 = health.unconfirmedParameters(LocalDate.of(2025, 6, 1));

        assertThat(june2025).extracting(ParameterStatus::id).contains("huurtoeslag.asset_limit.single")
                .doesNotContain("bijstand.norm.single");
        assertThat(find(june2025, "huurtoeslag.asset_limit.single").inForce()).isFalse();
    }
}
