package nl.waarhebikrechtop.aanvraag;

import java.time.LocalDate;

/**
 * What the resident needs to know after submitting.
 *
 * @param reference  the reference number to quote
 * @param decideBy   the last day of the legal decision period (8 weeks)
 * @param email      where the confirmation was sent
 */
public record Submitted(String reference, LocalDate decideBy, String email) {
}
