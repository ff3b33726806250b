package nl.waarhebikrechtop.api;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

import java.util.List;

/**
 * Builds the RFC 9457 problem responses of the API: {@code type}, {@code title}, {@code status}, {@code detail},
 * {@code instance} and, for bad input, an {@code errors} array of {@link ApiError}. Titles and details are English
 * (for developers); the field messages carry Dutch and English.
 */
final class ApiProblems {

    static final String ERRORS = "errors";

    private ApiProblems() {
    }

    static ProblemDetail badRequest(String detail, List<ApiError> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle("Invalid request");
        problem.setProperty(ERRORS, errors);
        return problem;
    }
}
