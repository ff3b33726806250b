package nl.waarhebikrechtop.api;

import java.util.List;

/** A request the API refuses before evaluating anything, with one {@link ApiError} per field. */
class InvalidRequestException extends RuntimeException {

    private final transient List<ApiError> errors;

    InvalidRequestException(List<ApiError> errors) {
        super("invalid request: " + errors.size() + " field(s)");
        this.errors = List.copyOf(errors);
    }

    List<ApiError> errors() {
        return errors;
    }
}
