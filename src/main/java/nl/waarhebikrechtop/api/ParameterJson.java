package nl.waarhebikrechtop.api;

import nl.waarhebikrechtop.content.ChangeFrequency;
import nl.waarhebikrechtop.content.DatedValue;
import nl.waarhebikrechtop.content.Parameter;
import nl.waarhebikrechtop.content.Unit;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One dated parameter as {@code GET /api/v1/parameters} lists it: the value in force on the date asked for, with
 * the page that states that value and when it was last checked against that page.
 *
 * @param id            dotted id, e.g. {@code bijstand.norm.single}
 * @param description   what the value is (Dutch, for staff)
 * @param unit          the unit, e.g. EUR_PER_MONTH or PERCENT
 * @param value         the value in force on the date
 * @param effectiveFrom the date that value took effect
 * @param inForce       false when the date lies before the first known value (the first value is shown then)
 * @param confirmed     false when staff have not confirmed the value from an official source
 * @param note          why a value is unconfirmed or where it came from, if noted
 * @param source        the page (a URL) that states this value
 * @param lastChecked   when someone checked this value against its source; {@code null} when nobody has
 * @param changes       how often a new value is due: HALF_YEARLY (1 January and 1 July), YEARLY (1 January), NEVER
 * @param stale         true when a scheduled change date on or before the date passed without a new value
 * @param staleSince    that change date, when stale
 */
public record ParameterJson(String id, String description, Unit unit, BigDecimal value, LocalDate effectiveFrom,
                            boolean inForce, boolean confirmed, @Nullable String note, String source,
                            @Nullable LocalDate lastChecked, ChangeFrequency changes, boolean stale,
                            @Nullable LocalDate staleSince) {

    static ParameterJson of(Parameter parameter, LocalDate date) {
        DatedValue value = parameter.valueOn(date);
        LocalDate staleSince = parameter.staleSince(date);
        return new ParameterJson(parameter.id(), parameter.description(), parameter.unit(), value.value(),
                value.effectiveFrom(), !value.effectiveFrom().isAfter(date), value.confirmed(), value.note(),
                value.source(), value.lastChecked(), parameter.changes(),
                staleSince != null, staleSince);
    }
}
