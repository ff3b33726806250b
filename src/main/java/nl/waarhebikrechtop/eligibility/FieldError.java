package nl.waarhebikrechtop.eligibility;

/**
 * One problem with one answer in a {@link Situation}.
 *
 * @param field a path into the situation, e.g. {@code age}, {@code children[1].age}, {@code income.work}
 * @param key   a stable message key, e.g. {@code eligibility.error.range}, for clients with their own texts
 * @param nl    the problem in Dutch (B1)
 * @param en    the problem in English
 */
public record FieldError(String field, String key, String nl, String en) {
}
