package nl.waarhebikrechtop.api;

import nl.waarhebikrechtop.content.DatedValue;
import nl.waarhebikrechtop.content.Parameter;
import nl.waarhebikrechtop.content.Unit;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One dated parameter as {@code GET /api/v1/parameters} lists it: the value in force on the date asked for.
 *
 * @param id            dotted id, e.g. {@code bijstand.norm.single}
 * @param description   what the value is (Dutch, for staff)
 * @param unit          the unit, e.g. EUR_PER_MONTH or PERCENT
 * @param value         the value in force on the date
 * @param effectiveFrom the date that value took effect
 * @param inForce       false when the date lies before the first known value (the first value is shown then)
 * @param confirmed     false when staff have not confirmed the value from an official source
 * @param note          why a value is unconfirmed or where it came from, if noted
 * @param source        where the values come from (a URL)
 * @param lastChecked   when staff last checked the values against the source
 * @param periodic      true for values revised on a schedule (norms change every 1 January and 1 July)
 * @param stale         true when a periodic value's newest value took effect more than seven months before the date
 */
public record ParameterJson(String id, String description, Unit unit, BigDecimal value, LocalDate effectiveFrom,
                            boolean inForce, boolean confirmed, @Nullable String note, String source,
                            LocalDate lastChecked, boolean periodic, boolean stale) {

    static ParameterJson of(Parameter parameter, LocalDate date) {
        DatedValue value = parameter.valueOn(date);
        return new ParameterJson(parameter.id(), parameter.description(), parameter.unit(), value.value(),
                value.effectiveFrom(), !value.effectiveFrom().isAfter(date), value.confirmed(), value.note(),
                parameter.source(), parameter.lastChecked(), parameter.periodic(), parameter.staleOn(date));
    }
}
