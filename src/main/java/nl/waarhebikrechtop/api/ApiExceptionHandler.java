package nl.waarhebikrechtop.api;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import java.util.List;

/**
 * Every error of a Spring MVC endpoint as {@code application/problem+json}: Spring's own cases (404, 405, 415, ...)
 * come from {@link ResponseEntityExceptionHandler}; unreadable bodies, wrong parameter types and invalid situations
 * get an {@code errors} array naming the fields. It replaces Boot's default problem-details handler (there is only
 * one), so it applies to all MVC endpoints; Vaadin views have their own error handling.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(InvalidRequestException.class)
    ResponseEntity<Object> invalidRequest(InvalidRequestException e) {
        ProblemDetail problem = ApiProblems.badRequest(
                "Some answers are missing or out of range; see errors.", e.errors());
        return ResponseEntity.badRequest().body(problem);
    }

    /** A last resort: log the cause for us, tell the client nothing about the inside. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e) {
        log.error("Unexpected error in an API endpoint", e);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "Something went wrong on our side. Please try again later.");
        return ResponseEntity.internalServerError().body(problem);
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = ApiProblems.badRequest("The request body cannot be read; see errors.",
                List.of(JsonErrors.of(e.getCause())));
        return handleExceptionInternal(e, problem, headers, status, request);
    }

    /** Unknown paths reach the static resource handler last; say so without talking about static resources. */
    @Override
    protected @Nullable ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
                "There is nothing at /" + e.getResourcePath() + ". The API lives under /api/v1; see /v3/api-docs.");
        return handleExceptionInternal(e, problem, headers, status, request);
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String field = e.getPropertyName() == null ? "parameter" : e.getPropertyName();
        ProblemDetail problem = ApiProblems.badRequest("A parameter has the wrong form; see errors.",
                List.of(ApiError.of(field, JsonErrors.WRONG_TYPE, "Deze waarde heeft niet de goede vorm.",
                        "This value does not have the right form.")));
        return handleExceptionInternal(e, problem, headers, status, request);
    }
}
