package nl.waarhebikrechtop.content;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What staff should check in the content: parameters whose newest value is stale and values in force that are
 * not confirmed. A plain service; the staff screen comes later.
 */
@Service
public class ContentHealth {

    private final ParameterSource parameters;

    public ContentHealth(ParameterSource parameters) {
        this.parameters = parameters;
    }

    /**
     * One parameter that needs attention.
     *
     * @param id            parameter id
     * @param description   what it is
     * @param file          the YAML file name
     * @param line          the line of the value concerned
     * @param effectiveFrom the date of the value concerned
     * @param lastChecked   when staff last checked it
     * @param note          the value's note, if any
     */
    public record ParameterStatus(String id, String description, String file, int line, LocalDate effectiveFrom,
                                  LocalDate lastChecked, @Nullable String note) {
    }

    /** Periodic parameters whose newest value took effect more than seven months before the date. */
    public List<ParameterStatus> staleParameters(LocalDate date) {
        List<ParameterStatus> stale = new ArrayList<>();
        for (Parameter parameter : parameters.all()) {
            if (parameter.staleOn(date)) {
                stale.add(status(parameter, parameter.newest()));
            }
        }
        return stale;
    }

    /** Parameters whose value in force on the date is unconfirmed, or that have no value in force yet. */
    public List<ParameterStatus> unconfirmedParameters(LocalDate date) {
        List<ParameterStatus> unconfirmed = new ArrayList<>();
        for (Parameter parameter : parameters.all()) {
            DatedValue value = parameter.valueOn(date);
            if (!value.confirmed() || value.effectiveFrom().isAfter(date)) {
                unconfirmed.add(status(parameter, value));
            }
        }
        return unconfirmed;
    }

    private static ParameterStatus status(Parameter parameter, DatedValue value) {
        return new ParameterStatus(parameter.id(), parameter.description(), parameter.file().getFileName().toString(),
                value.line(), value.effectiveFrom(), parameter.lastChecked(), value.note());
    }
}
