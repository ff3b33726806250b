package nl.waarhebikrechtop.content;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One value of a parameter and the date it takes effect; it stays in force until the next value's date. Each value
 * carries its own source, as OpenFisca-France does, because norms of different dates are stated on different pages.
 *
 * @param effectiveFrom the first day the value applies
 * @param value         the value in the parameter's unit
 * @param confirmed     false when no current official source was found: residents see "onder voorbehoud"
 * @param note          why a value is unconfirmed or where it came from, for staff
 * @param source        the page (a URL) that states this value; not a home page
 * @param lastChecked   the day someone checked this value against {@code source}; {@code null} when nobody has
 * @param line          the line in the YAML file, for error messages and the staff overview
 */
public record DatedValue(LocalDate effectiveFrom, BigDecimal value, boolean confirmed, @Nullable String note,
                         String source, @Nullable LocalDate lastChecked, int line) {
}
