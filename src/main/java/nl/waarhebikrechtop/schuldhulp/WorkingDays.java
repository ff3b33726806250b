package nl.waarhebikrechtop.schuldhulp;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Counts working days (Monday to Friday). Public holidays are not known to the portal yet, so a deadline that
 * crosses one is a day early — on the safe side for the resident.
 */
public final class WorkingDays {

    private WorkingDays() {
    }

    /** The date {@code days} working days after {@code from} (not counting {@code from} itself). */
    public static LocalDate after(LocalDate from, int days) {
        LocalDate date = from;
        int left = days;
        while (left > 0) {
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                left--;
            }
        }
        return date;
    }

    /** Working days from {@code from} to {@code to}; negative when {@code to} lies before {@code from}. */
    public static int between(LocalDate from, LocalDate to) {
        int sign = to.isBefore(from) ? -1 : 1;
        LocalDate a = sign > 0 ? from : to;
        LocalDate b = sign > 0 ? to : from;
        int count = 0;
        for (LocalDate d = a.plusDays(1); !d.isAfter(b); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return sign * count;
    }

    static boolean isWorkingDay(LocalDate date) {
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
    }
}
