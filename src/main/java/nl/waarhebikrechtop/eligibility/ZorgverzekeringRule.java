package nl.waarhebikrechtop.eligibility;

import java.util.List;

/** Collectieve zorgverzekering for residents with a low income (Menzis GarantVerzorgd). */
final class ZorgverzekeringRule implements SchemeRule {

    @Override
    public String schemeId() {
        return "collectieve-zorgverzekering";
    }

    @Override
    public List<Param> reads() {
        return List.of(Param.LIMIT_ZORGVERZEKERING, Param.NORM_SINGLE, Param.NORM_COUPLE, Param.NORM_SINGLE_AOW,
                Param.NORM_COUPLE_AOW, Param.UNCONFIRMED_MARGIN);
    }

    @Override
    public void evaluate(Facts f, Snapshot p, Outcome out) {
        IncomeTest.atMost(f, p, Param.LIMIT_ZORGVERZEKERING, out, Verdict.UNLIKELY);
    }
}
