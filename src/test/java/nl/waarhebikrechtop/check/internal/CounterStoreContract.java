package nl.waarhebikrechtop.check.internal;

import nl.waarhebikrechtop.StoreTestBeans;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.Map;
import java.util.TimeZone;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The counter upsert and queries on H2 ({@link CounterStoreTest}) and PostgreSQL ({@link CounterStorePostgresTest}),
 * each test from an empty table in a transaction that is rolled back.
 */
// On the interface: Spring looks for @Transactional on the class that declares the test method, here this one
@Transactional
interface CounterStoreContract extends StoreTestBeans {

    LocalDate MONDAY = LocalDate.of(2026, 3, 2);

    default CounterStore store() {
        return bean(CounterStore.class);
    }

    @BeforeEach
    default void noCounters() {
        jdbc().sql("DELETE FROM anonymous_counter").update();
    }

    private void count(LocalDate date, String name, int times) {
        for (int i = 0; i < times; i++) {
            store().increment(date, name);
        }
    }

    @Test
    default void the_first_increment_creates_the_counter_and_the_next_ones_raise_it() {
        count(MONDAY, "checks.completed", 1);
        assertThat(store().on(MONDAY)).containsExactly(Map.entry("checks.completed", 1L));

        count(MONDAY, "checks.completed", 2);
        count(MONDAY, "verdict.bijstand.likely", 1);

        assertThat(jdbc().sql("SELECT COUNT(*) FROM anonymous_counter").query(Long.class).single())
                .as("one row per date and name").isEqualTo(2);
        assertThat(store().on(MONDAY)).containsExactly(Map.entry("checks.completed", 3L),
                Map.entry("verdict.bijstand.likely", 1L));
    }

    @Test
    default void a_day_shows_only_its_own_counters_sorted_by_name() {
        count(MONDAY, "verdict.kindpakket.maybe", 2);
        count(MONDAY, "checks.completed", 4);
        count(MONDAY.plusDays(1), "checks.completed", 7);

        assertThat(store().on(MONDAY)).containsExactly(Map.entry("checks.completed", 4L),
                Map.entry("verdict.kindpakket.maybe", 2L));
        assertThat(store().on(MONDAY.minusDays(1))).isEmpty();
    }

    @Test
    default void a_period_adds_up_each_counter_over_its_days_both_ends_included() {
        count(MONDAY.minusDays(1), "checks.completed", 100);
        count(MONDAY, "checks.completed", 1);
        count(MONDAY.plusDays(3), "checks.completed", 2);
        count(MONDAY.plusDays(3), "verdict.bijstand.unlikely", 5);
        count(MONDAY.plusDays(6), "checks.completed", 4);
        count(MONDAY.plusDays(7), "checks.completed", 100);

        assertThat(store().between(MONDAY, MONDAY.plusDays(6))).containsExactly(Map.entry("checks.completed", 7L),
                Map.entry("verdict.bijstand.unlikely", 5L));
        assertThat(store().between(MONDAY.plusDays(3), MONDAY.plusDays(3))).containsExactly(
                Map.entry("checks.completed", 2L), Map.entry("verdict.bijstand.unlikely", 5L));
        assertThat(store().between(MONDAY.plusDays(8), MONDAY.plusDays(30))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"America/Sao_Paulo", "Europe/Amsterdam", "Pacific/Kiritimati"})
    default void the_date_does_not_depend_on_the_zone_of_the_jvm(String jvmZone) {
        TimeZone zone = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone(jvmZone));
            count(MONDAY, "checks.completed", 1);

            assertThat(store().on(MONDAY)).containsExactly(Map.entry("checks.completed", 1L));
            assertThat(store().between(MONDAY, MONDAY)).containsExactly(Map.entry("checks.completed", 1L));
        } finally {
            TimeZone.setDefault(zone);
        }
        assertThat(jdbc().sql("SELECT count_date FROM anonymous_counter").query(LocalDate.class).single())
                .isEqualTo(MONDAY);
    }
}
