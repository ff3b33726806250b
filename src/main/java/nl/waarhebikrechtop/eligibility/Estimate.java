package nl.waarhebikrechtop.eligibility;

import nl.waarhebikrechtop.content.LocalizedText;

import java.math.BigDecimal;

/**
 * An estimated amount: an indication, never a decision.
 *
 * @param amount in euros, two decimals
 * @param period what the amount is for
 * @param text   the amount as a sentence, e.g. "Ongeveer € 215,06 per maand"
 */
public record Estimate(BigDecimal amount, AmountPeriod period, LocalizedText text) {

    /** The period an estimated amount covers. */
    public enum AmountPeriod {
        MONTH,
        YEAR,
        SCHOOL_YEAR
    }
}
