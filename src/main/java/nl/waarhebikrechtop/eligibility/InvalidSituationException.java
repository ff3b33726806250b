package nl.waarhebikrechtop.eligibility;

import java.util.List;

/** Thrown by {@link EligibilityService#evaluate} for a situation with absurd or missing answers. */
public class InvalidSituationException extends IllegalArgumentException {

    private final transient List<FieldError> errors;

    public InvalidSituationException(List<FieldError> errors) {
        super("invalid situation: " + errors.getFirst().field() + " " + errors.getFirst().en()
                + (errors.size() > 1 ? " (and " + (errors.size() - 1) + " more)" : ""));
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
