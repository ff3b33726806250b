package nl.waarhebikrechtop.schuldhulp;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class WorkingDaysTest {

    @ParameterizedTest(name = "7 working days after {0} is {1}")
    @CsvSource({"2026-11-23, 2026-12-02", "2026-11-27, 2026-12-08", "2026-11-28, 2026-12-08", "2026-11-29, 2026-12-08"})
    void seven_working_days_skip_weekends(LocalDate from, LocalDate expected) {
        assertThat(WorkingDays.after(from, 7)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "from {0} to {1}: {2} working days")
    @CsvSource({"2026-11-23, 2026-12-02, 7", "2026-12-02, 2026-11-23, -7", "2026-11-27, 2026-11-30, 1",
            "2026-11-28, 2026-11-29, 0", "2026-11-23, 2026-11-23, 0"})
    void working_days_between_two_dates(LocalDate from, LocalDate to, int expected) {
        assertThat(WorkingDays.between(from, to)).isEqualTo(expected);
    }
}
