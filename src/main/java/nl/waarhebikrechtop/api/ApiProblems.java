package nl.waarhebikrechtop.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    /** Writes a problem from a servlet filter, where no message converter is at hand. */
    static void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem,
                      JsonMapper json) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        if (problem.getType() != null && !"about:blank".equals(problem.getType().toString())) {
            body.put("type", problem.getType().toString());
        }
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        body.put("instance", request.getRequestURI());
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), body);
    }
}
