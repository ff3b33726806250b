package nl.waarhebikrechtop.content;

import org.jspecify.annotations.Nullable;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * A legal or policy value that changes over time (a norm, a limit, an amount), kept as data with its source,
 * in the style of OpenFisca's parameters.
 *
 * @param id          dotted id, e.g. {@code bijstand.norm.single}; rules read values by this id
 * @param description what the value is, for staff
 * @param unit        the unit of every value
 * @param source      where the values come from (a URL)
 * @param periodic    true for values that are revised on a schedule (norms change every 1 January and 1 July);
 *                    only these are reported stale. Legal constants such as percentages are not periodic.
 * @param lastChecked when staff last checked the values against the source
 * @param values      the values, oldest first, with distinct dates
 * @param file        the YAML file the parameter was read from
 */
public record Parameter(String id, String description, Unit unit, String source, boolean periodic,
                        LocalDate lastChecked, List<DatedValue> values, Path file) {

    /** A value older than this many months (counted from the date it took effect) is reported stale. */
    public static final int STALE_AFTER_MONTHS = 7;

    public Parameter {
        values = List.copyOf(values);
    }

    /**
     * The value in force on a date. Before the first value's date the first value is returned: callers see from
     * {@link DatedValue#effectiveFrom()} that it was not yet in force and must treat it as unconfirmed.
     */
    public DatedValue valueOn(LocalDate date) {
        DatedValue found = values.getFirst();
        for (DatedValue value : values) {
            if (value.effectiveFrom().isAfter(date)) {
                break;
            }
            found = value;
        }
        return found;
    }

    /** The value with the latest date, which may lie in the future. */
    public DatedValue newest() {
        return values.getLast();
    }

    /** True when the value is periodic and its newest value took effect more than seven months before the date. */
    public boolean staleOn(LocalDate date) {
        return periodic && newest().effectiveFrom().plusMonths(STALE_AFTER_MONTHS).isBefore(date);
    }

    /** The note of the value in force on the date, if any. */
    public @Nullable String noteOn(LocalDate date) {
        return valueOn(date).note();
    }
}
