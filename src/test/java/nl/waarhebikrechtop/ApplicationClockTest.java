package nl.waarhebikrechtop;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/** The one clock of the application keeps Dutch time, whatever the JVM's default zone is. */
class ApplicationClockTest {

    private final Clock clock = new Application().clock();

    @Test
    void the_clock_runs_in_europe_amsterdam() {
        assertThat(clock.getZone()).isEqualTo(ZoneId.of("Europe/Amsterdam"));
    }

    @Test
    void half_past_midnight_on_1_july_in_assen_is_1_july_although_utc_still_says_30_june() {
        // 22:30 UTC on 30 June is 00:30 on 1 July in summer time (UTC+2): the new norms apply
        Clock atThatMoment = Clock.fixed(Instant.parse("2026-06-30T22:30:00Z"), clock.getZone());

        assertThat(LocalDate.now(atThatMoment)).isEqualTo(LocalDate.of(2026, 7, 1));
    }
}
