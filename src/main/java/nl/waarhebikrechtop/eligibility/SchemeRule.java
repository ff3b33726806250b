package nl.waarhebikrechtop.eligibility;

import java.util.List;

/**
 * The rule of one scheme: reads the situation's facts and the parameters in force, and writes verdict conditions,
 * reasons and an estimate into an {@link Outcome}. Never a literal amount, limit or age: those are parameters.
 */
interface SchemeRule {

    /** The id of the scheme's texts in {@code content/schemes/<id>.yaml}. */
    String schemeId();

    /** Every parameter the rule may read; reported with each result. */
    List<Param> reads();

    void evaluate(Facts facts, Snapshot parameters, Outcome outcome);
}
