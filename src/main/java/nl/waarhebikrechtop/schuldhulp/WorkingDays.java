package nl.waarhebikrechtop.schuldhulp;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Counts working days: Monday to Friday, except the Dutch public holidays that the GKB's seven working days skip.
 *
 * <p>Those days are the list in DOMAIN.md ("Working days"): Nieuwjaarsdag (1 January), Eerste and Tweede Paasdag
 * (Easter Sunday and Monday), Koningsdag (27 April, or 26 April when the 27th is a Sunday), Bevrijdingsdag (5 May)
 * in lustrum years only (2025, 2030, ...), Hemelvaartsdag (Easter + 39 days), Eerste and Tweede Pinksterdag (Easter
 * + 49 and + 50 days) and Eerste and Tweede Kerstdag (25 and 26 December). A holiday on a Saturday or Sunday gives no
 * day off in its place.
 *
 * <p>The dates come from jollyday's calendar for the Netherlands ({@link HolidayCalendar#NETHERLANDS},
 * {@code de.focus-shift:jollyday-core}), which works out Easter and moves Koningsdag. That calendar also lists Goede
 * Vrijdag and 5 May in every year; neither is on DOMAIN.md's list (Goede Vrijdag is no general day off, and 5 May is
 * a day off for most employers only every fifth year), so both are left out here: Good Friday is a working day, and
 * so is 5 May outside lustrum years.
 */
public final class WorkingDays {

    /** jollyday's keys of the days on DOMAIN.md's list, except 5 May, which counts in lustrum years only. */
    private static final Set<String> DAYS_OFF = Set.of("NEW_YEAR", "christian.EASTER", "christian.EASTER_MONDAY",
            "KINGS_DAY", "christian.ASCENSION_DAY", "christian.PENTECOST", "christian.PENTECOST_MONDAY",
            "FIRST_CHRISTMAS_DAY", "SECOND_CHRISTMAS_DAY");
    private static final String LIBERATION_DAY = "LIBERATION";
    private static final int LUSTRUM = 5;

    /** Built once: jollyday reads and parses its calendar file for it. */
    private static final HolidayManager NETHERLANDS =
            HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.NETHERLANDS));
    /** The days off per year, worked out once per year asked for. */
    private static final Map<Integer, Set<LocalDate>> DAYS_OFF_BY_YEAR = new ConcurrentHashMap<>();

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
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY
                && !publicHolidays(date.getYear()).contains(date);
    }

    /** The public holidays of a year that are not working days (see the class comment), weekends included. */
    static Set<LocalDate> publicHolidays(int year) {
        return DAYS_OFF_BY_YEAR.computeIfAbsent(year, y -> jollyday(y).stream()
                .filter(holiday -> isDayOff(holiday, y))
                .map(Holiday::getDate)
                .collect(Collectors.toUnmodifiableSet()));
    }

    /** Everything jollyday's Dutch calendar lists for the year, before it is narrowed to DOMAIN.md's list. */
    static Set<Holiday> jollyday(int year) {
        return NETHERLANDS.getHolidays(Year.of(year));
    }

    private static boolean isDayOff(Holiday holiday, int year) {
        String key = holiday.getPropertiesKey();
        return DAYS_OFF.contains(key) || LIBERATION_DAY.equals(key) && year % LUSTRUM == 0;
    }
}
