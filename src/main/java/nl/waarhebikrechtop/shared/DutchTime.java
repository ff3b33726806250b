package nl.waarhebikrechtop.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The portal's one time zone. Norms change on Dutch dates (1 January, 1 July) and deadlines count Dutch days, so
 * every "today" and every date made from a stored instant is taken in Europe/Amsterdam, never in the JVM's default
 * zone (UTC in a container, which would switch the norms two hours late in summer). These helpers take the zone
 * from here rather than from the clock, so a clock in another zone still gives Dutch dates.
 */
public final class DutchTime {

    /** For annotations that need a constant string, such as {@code @Scheduled(zone = ...)}. */
    public static final String ZONE_ID = "Europe/Amsterdam";
    public static final ZoneId ZONE = ZoneId.of(ZONE_ID);

    private DutchTime() {
    }

    /** Today's date in the Netherlands by this clock. */
    public static LocalDate today(Clock clock) {
        return dateOf(clock.instant());
    }

    /** The Dutch calendar date on which this moment falls, e.g. of a stored submission. */
    public static LocalDate dateOf(Instant instant) {
        return LocalDate.ofInstant(instant, ZONE);
    }

    /** This moment by this clock, on the Dutch wall clock (for calendar arithmetic such as "seven years ago"). */
    public static ZonedDateTime now(Clock clock) {
        return clock.instant().atZone(ZONE);
    }
}
