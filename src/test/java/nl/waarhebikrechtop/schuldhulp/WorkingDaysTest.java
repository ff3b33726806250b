package nl.waarhebikrechtop.schuldhulp;

import de.focus_shift.jollyday.core.Holiday;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Working days skip weekends and the Dutch public holidays of DOMAIN.md. The expected holidays are worked out by
 * hand: Easter Sunday fell on 20 April 2025, falls on 5 April 2026 and on 28 March 2027; Hemelvaart is Easter + 39
 * days, Whit Sunday and Monday are Easter + 49 and + 50 days.
 */
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

    @Test
    void the_days_off_in_2026_are_new_year_easter_kings_day_ascension_whitsun_and_christmas() {
        assertThat(WorkingDays.publicHolidays(2026)).containsExactlyInAnyOrder(
                LocalDate.of(2026, 1, 1),   // Nieuwjaarsdag, Thursday
                LocalDate.of(2026, 4, 5),   // Eerste Paasdag, Sunday
                LocalDate.of(2026, 4, 6),   // Tweede Paasdag, Monday
                LocalDate.of(2026, 4, 27),  // Koningsdag, Monday
                LocalDate.of(2026, 5, 14),  // Hemelvaartsdag: 5 April + 39 days, Thursday
                LocalDate.of(2026, 5, 24),  // Eerste Pinksterdag: 5 April + 49, Sunday
                LocalDate.of(2026, 5, 25),  // Tweede Pinksterdag: 5 April + 50, Monday
                LocalDate.of(2026, 12, 25), // Eerste Kerstdag, Friday
                LocalDate.of(2026, 12, 26)); // Tweede Kerstdag, Saturday
    }

    @Test
    void the_days_off_in_2027_follow_easter_on_28_march() {
        assertThat(WorkingDays.publicHolidays(2027)).containsExactlyInAnyOrder(
                LocalDate.of(2027, 1, 1),   // Nieuwjaarsdag, Friday
                LocalDate.of(2027, 3, 28),  // Eerste Paasdag
                LocalDate.of(2027, 3, 29),  // Tweede Paasdag, Monday
                LocalDate.of(2027, 4, 27),  // Koningsdag, Tuesday
                LocalDate.of(2027, 5, 6),   // Hemelvaartsdag: 28 March + 39 days
                LocalDate.of(2027, 5, 16),  // Eerste Pinksterdag: + 49
                LocalDate.of(2027, 5, 17),  // Tweede Pinksterdag: + 50
                LocalDate.of(2027, 12, 25), // Eerste Kerstdag, Saturday
                LocalDate.of(2027, 12, 26)); // Tweede Kerstdag, Sunday
    }

    @Test
    void in_the_lustrum_year_2025_liberation_day_counts_and_kings_day_moves_from_sunday_to_saturday() {
        assertThat(WorkingDays.publicHolidays(2025)).containsExactlyInAnyOrder(
                LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 4, 20), LocalDate.of(2025, 4, 21),  // Easter Sunday and Monday
                LocalDate.of(2025, 4, 26),  // Koningsdag: 27 April 2025 was a Sunday
                LocalDate.of(2025, 5, 5),   // Bevrijdingsdag, Monday: 2025 is a lustrum year
                LocalDate.of(2025, 5, 29),  // Hemelvaartsdag: 20 April + 39 days
                LocalDate.of(2025, 6, 8), LocalDate.of(2025, 6, 9),  // Whitsun: + 49 and + 50
                LocalDate.of(2025, 12, 25), LocalDate.of(2025, 12, 26));
        assertThat(WorkingDays.publicHolidays(2030)).contains(LocalDate.of(2030, 5, 5));
    }

    @Test
    void good_friday_and_liberation_day_outside_lustrum_years_are_working_days_although_jollyday_lists_them() {
        assertThat(WorkingDays.jollyday(2026)).extracting(Holiday::getDate)
                .contains(LocalDate.of(2026, 4, 3), LocalDate.of(2026, 5, 5));

        assertThat(WorkingDays.isWorkingDay(LocalDate.of(2026, 4, 3))).as("Good Friday 2026").isTrue();
        assertThat(WorkingDays.isWorkingDay(LocalDate.of(2026, 5, 5))).as("5 May 2026, a Tuesday").isTrue();
        assertThat(WorkingDays.isWorkingDay(LocalDate.of(2025, 5, 5))).as("5 May 2025, a lustrum").isFalse();
    }

    @Test
    void seven_working_days_after_the_thursday_before_easter_2026_skip_easter_monday() {
        // From Thursday 2 April: Fri 3 (Good Friday, a working day) = 1, Sat 4 and Sun 5 (Easter) no,
        // Mon 6 (Easter Monday) no, Tue 7 = 2, Wed 8 = 3, Thu 9 = 4, Fri 10 = 5, Sat 11 and Sun 12 no,
        // Mon 13 = 6, Tue 14 = 7.
        assertThat(WorkingDays.after(LocalDate.of(2026, 4, 2), 7)).isEqualTo(LocalDate.of(2026, 4, 14));
        assertThat(WorkingDays.between(LocalDate.of(2026, 4, 2), LocalDate.of(2026, 4, 14))).isEqualTo(7);
    }

    @Test
    void seven_working_days_after_23_december_2026_skip_christmas_and_new_year() {
        // From Wednesday 23 December: Thu 24 = 1, Fri 25 (Christmas) no, Sat 26 and Sun 27 no, Mon 28 = 2,
        // Tue 29 = 3, Wed 30 = 4, Thu 31 = 5, Fri 1 January (Nieuwjaarsdag) no, Sat 2 and Sun 3 no, Mon 4 = 6,
        // Tue 5 = 7.
        assertThat(WorkingDays.after(LocalDate.of(2026, 12, 23), 7)).isEqualTo(LocalDate.of(2027, 1, 5));
    }

    @Test
    void working_days_back_from_after_ascension_skip_it_too() {
        // Fri 15 May back to Wed 13 May 2026: Thu 14 (Hemelvaart) no, Fri 15 = 1
        assertThat(WorkingDays.between(LocalDate.of(2026, 5, 15), LocalDate.of(2026, 5, 13))).isEqualTo(-1);
    }
}
