package nl.waarhebikrechtop.shared;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** "Today" is the date on a clock in Assen, also when the clock or the JVM runs in UTC (as in a container). */
class DutchTimeTest {

    @ParameterizedTest(name = "at {0} it is {1} in the Netherlands")
    @CsvSource({
            // summer time, UTC+2: the 1 July norms start at 22:00 UTC on 30 June
            "2026-06-30T21:59:59Z, 2026-06-30",
            "2026-06-30T22:00:00Z, 2026-07-01",
            "2026-06-30T22:30:00Z, 2026-07-01",
            // winter time, UTC+1: the 1 January norms start at 23:00 UTC on 31 December
            "2026-12-31T22:59:59Z, 2026-12-31",
            "2026-12-31T23:30:00Z, 2027-01-01",
            // an application submitted at 00:30 on Monday 2 March in Assen
            "2026-03-01T23:30:00Z, 2026-03-02"})
    void today_is_the_dutch_date_even_on_a_clock_in_utc(Instant instant, LocalDate expected) {
        Clock utc = Clock.fixed(instant, ZoneOffset.UTC);

        assertThat(DutchTime.today(utc)).isEqualTo(expected);
        assertThat(DutchTime.dateOf(instant)).isEqualTo(expected);
    }
}
