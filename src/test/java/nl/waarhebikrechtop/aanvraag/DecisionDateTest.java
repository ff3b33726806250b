package nl.waarhebikrechtop.aanvraag;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 8 weeks of the decision period count from the Dutch date of the submission, with a clock in UTC as the JVM's
 * default clock is in a container. An application submitted at 23:30 UTC on Sunday 1 March 2026 was submitted at
 * 00:30 on Monday 2 March in Assen (winter time, UTC+1), so the decision is due on 2 March + 8 weeks = 27 April.
 */
class DecisionDateTest {

    private static final Instant SUBMITTED = Instant.parse("2026-03-01T23:30:00Z");
    /** Noon on Tuesday 3 March: the same date in UTC and in Assen. */
    private final Clock utc = Clock.fixed(Instant.parse("2026-03-03T12:00:00Z"), ZoneOffset.UTC);
    // decideBy, daysWaiting and daysLeft use only the clock: the store, mail and the rest are left out.
    private final ApplicationService applications =
            new ApplicationService(null, null, null, null, null, null, null, utc, "http://localhost:8080");
    private final Casework casework = new Casework(null, null, applications, null, null, null, utc);

    private static Application submittedAt(Instant submitted) {
        return new Application(UUID.randomUUID(), Scheme.KINDPAKKET, ApplicationStatus.SUBMITTED, Locale.of("nl"),
                Households.singleParentWithLowIncome(), List.of(), ContactDetails.EMPTY, "KP-2026-TEST22", null,
                submitted, submitted, submitted);
    }

    @Test
    void the_decision_is_due_eight_weeks_after_the_dutch_day_of_submission() {
        assertThat(applications.decideBy(submittedAt(SUBMITTED))).isEqualTo(LocalDate.of(2026, 4, 27));
    }

    @Test
    void a_caseworker_sees_days_counted_from_the_dutch_day_of_submission() {
        Application application = submittedAt(SUBMITTED);

        assertThat(casework.daysWaiting(application)).as("2 March to 3 March").isEqualTo(1);
        assertThat(casework.daysLeft(application)).as("3 March to 27 April").isEqualTo(55);
    }
}
