package nl.waarhebikrechtop.content;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a proposed value would change for residents: every scenario of {@code content/scenarios/} evaluated with the
 * values in force and with the proposal. Implemented where the rules are ({@code eligibility.ImpactPreview}); the
 * publishing service and screens only know this interface, so content does not depend on the rules.
 */
public interface ImpactCheck {

    Impact impactOf(ParameterChange proposal);

    /**
     * @param scenarios       how many scenarios were evaluated
     * @param changes         on each scenario's own date: every scheme result whose verdict or amount changes, and
     *                        every one whose expectation no longer holds
     * @param effectiveFrom   the date the proposed value applies from
     * @param onEffectiveDate the scenarios' households evaluated on that date instead: what residents like them would
     *                        get differently once the value applies (the scenarios' own dates often lie before it)
     */
    record Impact(int scenarios, List<Change> changes, LocalDate effectiveFrom, List<Change> onEffectiveDate) {

        public Impact {
            changes = List.copyOf(changes);
            onEffectiveDate = List.copyOf(onEffectiveDate);
        }

        /** The changes that make a scenario's written expectation fail. */
        public List<Change> broken() {
            return changes.stream().filter(Change::breaksExpectation).toList();
        }
    }

    /**
     * One scheme of one scenario, before and after.
     *
     * @param verdictBefore     LIKELY, MAYBE or UNLIKELY with the values in force
     * @param amountBefore      the estimate with the values in force; null when there is none
     * @param breaksExpectation whether the scenario's expected verdict or amount no longer holds with the proposal
     */
    record Change(String scenario, String file, String scheme, String verdictBefore, String verdictAfter,
                  @Nullable BigDecimal amountBefore, @Nullable BigDecimal amountAfter, boolean breaksExpectation) {
    }
}
