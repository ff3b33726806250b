package nl.waarhebikrechtop.eligibility;

import java.util.List;

/**
 * Bijzondere bijstand for special, necessary costs. Up to the income limit the costs can be paid; above it the
 * Werkplein calculates what the household can pay itself (draagkracht), so a higher income gives MAYBE, not "no".
 */
final class BijzondereBijstandRule implements SchemeRule {

    @Override
    public String schemeId() {
        return "bijzondere-bijstand";
    }

    @Override
    public List<Param> reads() {
        return List.of(Param.LIMIT_BIJZONDERE_BIJSTAND, Param.NORM_SINGLE, Param.NORM_COUPLE, Param.NORM_SINGLE_AOW,
                Param.NORM_COUPLE_AOW, Param.UNCONFIRMED_MARGIN);
    }

    @Override
    public void evaluate(Facts f, Snapshot p, Outcome out) {
        boolean within = IncomeTest.atMost(f, p, Param.LIMIT_BIJZONDERE_BIJSTAND, out, Verdict.MAYBE);
        if (!within && f.incomeComplete) {
            out.note(out.text("bijzondere-bijstand.draagkracht"));
        }
        out.note(out.text("bijzondere-bijstand.special-costs"));
    }
}
