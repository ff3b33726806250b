package nl.waarhebikrechtop.eligibility;

import java.util.List;
import java.util.Map;

/**
 * Meedoenpremie schoolgaande kinderen: a yearly credit per child under 18 in primary or secondary school (not MBO),
 * automatic for households with bijstand, otherwise by income.
 */
final class MeedoenRule implements SchemeRule {

    @Override
    public String schemeId() {
        return "meedoenpremie";
    }

    @Override
    public List<Param> reads() {
        return List.of(Param.MEEDOEN_AGE_BELOW, Param.MEEDOEN_PRIMARY, Param.MEEDOEN_SECONDARY, Param.LIMIT_MEEDOEN,
                Param.NORM_SINGLE, Param.NORM_COUPLE, Param.NORM_SINGLE_AOW, Param.NORM_COUPLE_AOW, Param.UNCONFIRMED_MARGIN);
    }

    @Override
    public void evaluate(Facts f, Snapshot p, Outcome out) {
        int below = p.count(Param.MEEDOEN_AGE_BELOW);
        int primary = 0;
        int secondary = 0;
        int unknownSchool = 0;
        for (Situation.Child child : f.situation.children()) {
            if (child.age() >= below) {
                continue;
            }
            switch (child.school()) {
                case PRIMARY -> primary++;
                case SECONDARY -> secondary++;
                case UNKNOWN -> unknownSchool++;
                default -> { }
            }
        }
        if (primary + secondary == 0) {
            if (unknownSchool > 0) {
                out.unknown(out.text("meedoen.school-unknown"));
            } else {
                out.notMet(out.text("meedoen.no-school-children", Map.of("ageBelow", below)));
                return;
            }
        } else {
            out.met(out.text("meedoen.school-children", Map.of("ageBelow", below, "primary", primary,
                    "secondary", secondary)));
        }
        if (f.situation.receivingBijstand() == Answer.YES) {
            out.met(out.text("meedoen.automatic"));
        } else {
            IncomeTest.atMost(f, p, Param.LIMIT_MEEDOEN, out, Verdict.UNLIKELY);
        }
        long amount = primary * p.get(Param.MEEDOEN_PRIMARY) + secondary * p.get(Param.MEEDOEN_SECONDARY);
        if (amount > 0) {
            out.estimate(new Estimate(Money.euros(amount), Estimate.AmountPeriod.SCHOOL_YEAR,
                    out.text("meedoen.estimate", Map.of("amount", Args.amount(amount)))));
        }
    }
}
