package nl.waarhebikrechtop.eligibility;

import java.util.List;
import java.util.Map;

/**
 * Individuele inkomenstoeslag: from the minimum age to AOW age, a long time (a number of months) with an income at
 * or below the limit. Whether there is a prospect of more income is the caseworker's judgement.
 */
final class IitRule implements SchemeRule {

    @Override
    public String schemeId() {
        return "individuele-inkomenstoeslag";
    }

    @Override
    public List<Param> reads() {
        return List.of(Param.IIT_MIN_AGE, Param.AOW_AGE_MONTHS, Param.IIT_MIN_MONTHS, Param.LIMIT_IIT,
                Param.NORM_SINGLE, Param.NORM_COUPLE, Param.NORM_SINGLE_AOW, Param.NORM_COUPLE_AOW,
                Param.IIT_SINGLE, Param.IIT_SINGLE_PARENT, Param.IIT_COUPLE, Param.ADULT_AGE, Param.UNCONFIRMED_MARGIN);
    }

    @Override
    public void evaluate(Facts f, Snapshot p, Outcome out) {
        int minAge = p.count(Param.IIT_MIN_AGE);
        if (f.age < minAge) {
            out.notMet(out.text("iit.too-young", Map.of("minAge", minAge)));
            return;
        }
        if (f.aow == Answer.YES) {
            out.notMet(out.text("iit.aow-reached"));
            return;
        }
        if (f.aow == Answer.UNKNOWN) {
            out.unknown(out.text("iit.aow-perhaps"));
        }
        int needed = p.count(Param.IIT_MIN_MONTHS);
        if (f.monthsLow < 0) {
            out.unknown(out.text("iit.months-unknown", Map.of("needed", needed)));
        } else if (f.monthsLow < needed) {
            out.notMet(out.text("iit.months-too-few", Map.of("months", f.monthsLow, "needed", needed)));
            out.wouldQualifyIf(out.text("iit.wait", Map.of("wait", needed - f.monthsLow)));
        } else {
            out.met(out.text("iit.months-enough", Map.of("months", f.monthsLow, "needed", needed)));
        }
        IncomeTest.atMost(f, p, Param.LIMIT_IIT, out, Verdict.UNLIKELY);
        out.note(out.text("iit.prospects"));
        long cents = p.get(f.partner ? Param.IIT_COUPLE : f.singleParent() ? Param.IIT_SINGLE_PARENT : Param.IIT_SINGLE);
        out.estimate(new Estimate(Money.euros(cents), Estimate.AmountPeriod.YEAR,
                out.text("iit.estimate", Map.of("amount", Args.amount(cents)))));
    }
}
