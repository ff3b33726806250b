package nl.waarhebikrechtop.content;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What staff should check in the content: parameters that missed a scheduled change (stale) and values in force
 * that are not confirmed, each with the page that states the value and when it was last checked against it.
 */
@Service
public class ContentHealth {

    private final ParameterSource parameters;

    public ContentHealth(ParameterSource parameters) {
        this.parameters = parameters;
    }

    /**
     * One value that needs attention, and why.
     *
     * @param id            parameter id
     * @param description   what it is
     * @param changes       how often the parameter gets a new value
     * @param file          the YAML file name
     * @param line          the line of the value concerned
     * @param effectiveFrom the date of the value concerned
     * @param value         the value concerned
     * @param source        the page that states the value
     * @param lastChecked   when someone checked the value against its source; {@code null}: never
     * @param note          the value's note, if any
     * @param staleSince    on the stale list: the scheduled change date that passed without a new value
     * @param inForce       false when the value is listed because no value is in force yet on the date
     */
    public record ParameterStatus(String id, String description, ChangeFrequency changes, String file, int line,
                                  LocalDate effectiveFrom, BigDecimal value, String source,
                                  @Nullable LocalDate lastChecked, @Nullable String note,
                                  @Nullable LocalDate staleSince, boolean inForce) {
    }

    /**
     * Parameters whose newest value took effect before the latest scheduled change date on or before the date
     * (1 January, and for half-yearly ones also 1 July), with that newest value.
     */
    public List<ParameterStatus> staleParameters(LocalDate date) {
        List<ParameterStatus> stale = new ArrayList<>();
        for (Parameter parameter : parameters.all()) {
            LocalDate since = parameter.staleSince(date);
            if (since != null) {
                stale.add(status(parameter, parameter.newest(), since, true));
            }
        }
        return stale;
    }

    /** Parameters whose value in force on the date is unconfirmed, or that have no value in force yet. */
    public List<ParameterStatus> unconfirmedParameters(LocalDate date) {
        List<ParameterStatus> unconfirmed = new ArrayList<>();
        for (Parameter parameter : parameters.all()) {
            DatedValue value = parameter.valueOn(date);
            boolean inForce = !value.effectiveFrom().isAfter(date);
            if (!value.confirmed() || !inForce) {
                unconfirmed.add(status(parameter, value, null, inForce));
            }
        }
        return unconfirmed;
    }

    /** The next date on which norms change (1 January or 1 July) after the date. */
    public LocalDate nextChangeDate(LocalDate date) {
        return java.util.Objects.requireNonNull(ChangeFrequency.HALF_YEARLY.nextChangeAfter(date));
    }

    /** Every parameter with the value in force on the date (or its first value, when none is in force yet). */
    public List<ParameterStatus> allParameters(LocalDate date) {
        List<ParameterStatus> all = new ArrayList<>();
        for (Parameter parameter : parameters.all()) {
            DatedValue value = parameter.valueOn(date);
            all.add(status(parameter, value, parameter.staleSince(date), !value.effectiveFrom().isAfter(date)));
        }
        return all;
    }

    private static ParameterStatus status(Parameter parameter, DatedValue value, @Nullable LocalDate staleSince,
                                          boolean inForce) {
        return new ParameterStatus(parameter.id(), parameter.description(), parameter.changes(),
                parameter.file().getFileName().toString(), value.line(), value.effectiveFrom(), value.value(),
                value.source(), value.lastChecked(), value.note(), staleSince, inForce);
    }
}
