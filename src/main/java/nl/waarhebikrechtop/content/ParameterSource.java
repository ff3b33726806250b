package nl.waarhebikrechtop.content;

import java.time.LocalDate;
import java.util.List;

/**
 * The dated parameters from {@code content/parameters/*.yaml}: norms, limits and amounts with the date they take
 * effect. Loaded and checked once at start-up; a broken file stops the start with its name and line.
 */
public interface ParameterSource {

    /** Every parameter, sorted by id. */
    List<Parameter> all();

    /** The parameter with this id; throws {@link IllegalArgumentException} when there is none. */
    Parameter parameter(String id);

    /** The value of a parameter in force on a date (see {@link Parameter#valueOn(LocalDate)}). */
    default DatedValue valueOn(String id, LocalDate date) {
        return parameter(id).valueOn(date);
    }

    /**
     * Every date on which at least one value takes effect, oldest first. Between two of these dates all values are
     * the same, so callers may precompute one snapshot per interval.
     */
    List<LocalDate> changeDates();

    /**
     * These parameters with one value added, or replacing the value of its date: what residents would get if a
     * proposed value were published (the impact preview).
     */
    default ParameterSource with(String parameterId, DatedValue value) {
        List<Parameter> changed = new java.util.ArrayList<>();
        for (Parameter parameter : all()) {
            if (!parameter.id().equals(parameterId)) {
                changed.add(parameter);
                continue;
            }
            java.util.TreeMap<LocalDate, DatedValue> values = new java.util.TreeMap<>();
            parameter.values().forEach(v -> values.put(v.effectiveFrom(), v));
            values.put(value.effectiveFrom(), value);
            changed.add(new Parameter(parameter.id(), parameter.description(), parameter.unit(), parameter.changes(),
                    List.copyOf(values.values()), parameter.file()));
        }
        return new ParameterStore(changed);
    }

    /** Reads the parameters of a content folder without Spring, e.g. for tests and benchmarks. */
    static ParameterSource load(ContentProperties content) {
        return new ParameterStore(content);
    }
}
