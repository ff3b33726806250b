package nl.waarhebikrechtop.eligibility;

import java.time.LocalDate;

/**
 * A dated value a rule read.
 *
 * @param id            the parameter id, e.g. {@code bijstand.norm.single}
 * @param effectiveFrom the date the value used took effect
 * @param confirmed     false when staff still have to confirm the value
 */
public record ParameterUse(String id, LocalDate effectiveFrom, boolean confirmed) {
}
