package nl.waarhebikrechtop.api;

import nl.waarhebikrechtop.content.LocalizedText;
import nl.waarhebikrechtop.eligibility.FieldError;

/**
 * One entry of the {@code errors} array in a problem response.
 *
 * @param field   a path into the request, e.g. {@code age}, {@code children[1].age}, {@code income.work}; {@code body}
 *                for the body as a whole, or the name of a query parameter
 * @param key     a stable key for clients with their own texts, e.g. {@code eligibility.error.age}
 * @param message the problem in Dutch (B1) and English
 */
public record ApiError(String field, String key, LocalizedText message) {

    static ApiError of(FieldError error) {
        return new ApiError(error.field(), error.key(), new LocalizedText(error.nl(), error.en()));
    }

    static ApiError of(String field, String key, String nl, String en) {
        return new ApiError(field, key, new LocalizedText(nl, en));
    }
}
