package nl.waarhebikrechtop.eligibility;

import nl.waarhebikrechtop.content.LocalizedText;

import java.util.List;
import java.util.function.Function;

/** Sport- en cultuurfonds volwassenen: adults with an income up to the limit, up to an amount a year each. */
final class SportCultuurRule implements SchemeRule {

    private static final Function<Snapshot, LocalizedText> OLD_ENOUGH = p -> new LocalizedText(
            "U bent " + p.count(Param.SPORTCULTUUR_MIN_AGE) + " jaar of ouder.",
            "You are " + p.count(Param.SPORTCULTUUR_MIN_AGE) + " or older.");
    private static final Function<Snapshot, Estimate> AMOUNT = p -> {
        long amount = p.get(Param.SPORTCULTUUR_AMOUNT);
        return new Estimate(Money.euros(amount), Estimate.AmountPeriod.YEAR, new LocalizedText("Tot "
                + Money.nl(amount) + " per persoon per jaar voor een lidmaatschap of cursus.", "Up to "
                + Money.en(amount) + " per person a year for a membership or course."));
    };

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
            out.notMet("Dit fonds is voor mensen van " + minAge + " jaar en ouder.",
                    "This fund is for people aged " + minAge + " and over.");
            return;
        }
        out.met(p.cached(OLD_ENOUGH));
        IncomeTest.atMost(f, p, Param.LIMIT_SPORTCULTUUR, out, Verdict.UNLIKELY);
        out.estimate(p.cached(AMOUNT));
    }
}
