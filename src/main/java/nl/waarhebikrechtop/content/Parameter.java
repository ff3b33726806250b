package nl.waarhebikrechtop.content;

import org.jspecify.annotations.Nullable;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * A legal or policy value that changes over time (a norm, a limit, an amount), kept as data in the style of
 * OpenFisca's parameters; each dated value names its own source.
 *
 * @param id          dotted id, e.g. {@code bijstand.norm.single}; rules read values by this id
 * @param description what the value is, for staff
 * @param unit        the unit of every value
 * @param changes     how often a new value is due; decides when the parameter is stale
 * @param values      the values, oldest first, with distinct dates
 * @param file        the YAML file the parameter was read from
 */
public record Parameter(String id, String description, Unit unit, ChangeFrequency changes, List<DatedValue> values,
                        Path file) {

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

    /**
     * The scheduled change date that passed without a new value, or {@code null} when the parameter is up to date
     * on the date: the first 1 January (yearly) or 1 January / 1 July (half-yearly) after the newest value's date,
     * if that lies on or before the date. A yearly value is therefore never stale inside its year.
     */
    public @Nullable LocalDate staleSince(LocalDate date) {
        LocalDate due = changes.nextChangeAfter(newest().effectiveFrom());
        return due != null && !due.isAfter(date) ? due : null;
    }

    /** True when a scheduled change date on or before the date passed without a new value. */
    public boolean staleOn(LocalDate date) {
        return staleSince(date) != null;
    }

    /** The note of the value in force on the date, if any. */
    public @Nullable String noteOn(LocalDate date) {
        return valueOn(date).note();
    }
}
