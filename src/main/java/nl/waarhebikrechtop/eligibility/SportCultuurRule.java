package nl.waarhebikrechtop.eligibility;

import java.util.List;
import java.util.Map;

/** Sport- en cultuurfonds volwassenen: adults with an income up to the limit, up to an amount a year each. */
final class SportCultuurRule implements SchemeRule {

    @Override
    public String schemeId() {
        return "sportcultuurfonds";
    }

    @Override
    public List<Param> reads() {
        return List.of(Param.SPORTCULTUUR_MIN_AGE, Param.SPORTCULTUUR_AMOUNT, Param.LIMIT_SPORTCULTUUR,
                Param.NORM_SINGLE, Param.NORM_COUPLE, Param.NORM_SINGLE_AOW, Param.NORM_COUPLE_AOW, Param.UNCONFIRMED_MARGIN);
    }

    @Override
    public void evaluate(Facts f, Snapshot p, Outcome out) {
        int minAge = p.count(Param.SPORTCULTUUR_MIN_AGE);
        if (f.age < minAge) {
            out.notMet(out.text("sportcultuur.too-young", Map.of("minAge", minAge)));
            return;
        }
        out.met(out.text("sportcultuur.old-enough", Map.of("minAge", minAge)));
        IncomeTest.atMost(f, p, Param.LIMIT_SPORTCULTUUR, out, Verdict.UNLIKELY);
        long amount = p.get(Param.SPORTCULTUUR_AMOUNT);
        out.estimate(new Estimate(Money.euros(amount), Estimate.AmountPeriod.YEAR,
                out.text("sportcultuur.estimate", Map.of("amount", Args.amount(amount)))));
    }
}
