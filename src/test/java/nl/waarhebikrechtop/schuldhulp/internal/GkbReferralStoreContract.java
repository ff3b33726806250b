package nl.waarhebikrechtop.schuldhulp.internal;

import nl.waarhebikrechtop.StoreTestBeans;
import nl.waarhebikrechtop.schuldhulp.GkbReferral;
import nl.waarhebikrechtop.schuldhulp.GkbReferral.PreferredTime;
import nl.waarhebikrechtop.schuldhulp.GkbReferral.Status;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.transaction.annotation.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.TimeZone;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The referral queries on H2 ({@link GkbReferralStoreTest}) and PostgreSQL ({@link GkbReferralStorePostgresTest}),
 * each test from an empty table in a transaction that is rolled back. Reads after a write clear the persistence
 * context first, so they come from the database.
 */
// On the interface: Spring looks for @Transactional on the class that declares the test method, here this one
@Transactional
interface GkbReferralStoreContract extends StoreTestBeans {

    Instant NOW = Instant.parse("2026-03-02T09:00:00.123456Z");

    default GkbReferralStore store() {
        return bean(GkbReferralStore.class);
    }

    @BeforeEach
    default void noReferrals() {
        jdbc().sql("DELETE FROM gkb_referral").update();
    }

    private GkbReferral referral(Instant createdAt, LocalDate visitDue) {
        GkbReferral referral = new GkbReferral(UUID.randomUUID(), createdAt, "Jan de Vries", "0612345678",
                PreferredTime.MORNING, visitDue, Status.NEW);
        store().insert(referral, createdAt);
        return referral;
    }

    private LocalDateTime stored(String column, UUID id) {
        return jdbc().sql("SELECT " + column + " FROM gkb_referral WHERE id = ?").param(id.toString())
                .query(LocalDateTime.class).single();
    }

    @Test
    default void a_referral_round_trips_with_its_id_as_text_and_its_times_as_utc() {
        GkbReferral made = referral(NOW, LocalDate.of(2026, 3, 11));
        entityManager().clear();

        assertThat(store().list()).containsExactly(made);
        assertThat(stored("created_at", made.id())).isEqualTo(LocalDateTime.parse("2026-03-02T09:00:00.123456"));
        assertThat(stored("consent_at", made.id())).isEqualTo(LocalDateTime.parse("2026-03-02T09:00:00.123456"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"America/Sao_Paulo", "Europe/Amsterdam", "Pacific/Kiritimati"})
    default void times_and_dates_do_not_depend_on_the_zone_of_the_jvm(String jvmZone) {
        TimeZone zone = TimeZone.getDefault();
        GkbReferral made;
        try {
            TimeZone.setDefault(TimeZone.getTimeZone(jvmZone));
            made = referral(NOW, LocalDate.of(2026, 3, 11));
            entityManager().clear();
            assertThat(store().list()).containsExactly(made);
        } finally {
            TimeZone.setDefault(zone);
        }
        assertThat(stored("created_at", made.id())).isEqualTo(LocalDateTime.parse("2026-03-02T09:00:00.123456"));
        assertThat(jdbc().sql("SELECT visit_due FROM gkb_referral WHERE id = ?").param(made.id().toString())
                .query(LocalDate.class).single()).isEqualTo(LocalDate.of(2026, 3, 11));
        entityManager().clear();
        assertThat(store().list()).containsExactly(made);
    }

    @Test
    default void referrals_are_listed_by_visit_date_then_by_age() {
        GkbReferral lateVisit = referral(NOW.minusSeconds(60), LocalDate.of(2026, 3, 12));
        GkbReferral newer = referral(NOW, LocalDate.of(2026, 3, 11));
        GkbReferral older = referral(NOW.minusSeconds(1), LocalDate.of(2026, 3, 11));
        entityManager().clear();

        assertThat(store().list()).containsExactly(older, newer, lateVisit);
    }

    @Test
    default void marking_contacted_changes_only_that_referral() {
        GkbReferral one = referral(NOW, LocalDate.of(2026, 3, 11));
        GkbReferral other = referral(NOW, LocalDate.of(2026, 3, 12));

        store().markContacted(one.id());
        store().markContacted(UUID.randomUUID());
        entityManager().flush();
        entityManager().clear();

        assertThat(store().list()).extracting(GkbReferral::status).containsExactly(Status.CONTACTED, Status.NEW);
        assertThat(jdbc().sql("SELECT status FROM gkb_referral WHERE id = ?").param(other.id().toString())
                .query(String.class).single()).isEqualTo("NEW");
    }

    @Test
    default void only_referrals_made_before_the_moment_are_deleted() {
        Instant cutOff = NOW.minus(Duration.ofDays(90));
        referral(cutOff.minusNanos(1000), LocalDate.of(2025, 12, 10));
        referral(cutOff.minus(Duration.ofDays(3)), LocalDate.of(2025, 12, 5));
        GkbReferral kept = referral(cutOff, LocalDate.of(2025, 12, 11));

        assertThat(store().deleteCreatedBefore(cutOff)).isEqualTo(2);

        assertThat(store().list()).containsExactly(kept);
        assertThat(store().deleteCreatedBefore(cutOff)).isZero();
    }
}
