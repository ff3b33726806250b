package nl.waarhebikrechtop.eligibility;

import nl.waarhebikrechtop.content.LocalizedText;

import java.util.List;
import java.util.function.Function;

/**
 * Individuele inkomenstoeslag: from the minimum age to AOW age, a long time (a number of months) with an income at
 * or below the limit. Whether there is a prospect of more income is the caseworker's judgement.
 */
final class IitRule implements SchemeRule {

    private static final LocalizedText PROSPECTS = new LocalizedText("Het Werkplein kijkt ook of u de komende tijd "
            + "meer inkomen kunt krijgen. Zo niet, dan krijgt u de toeslag.", "The Werkplein also looks at whether "
            + "you can expect more income soon. If not, you get the allowance.");
    private static final Function<Snapshot, Estimate> SINGLE = p -> amount(p, Param.IIT_SINGLE);
    private static final Function<Snapshot, Estimate> SINGLE_PARENT = p -> amount(p, Param.IIT_SINGLE_PARENT);
    private static final Function<Snapshot, Estimate> COUPLE = p -> amount(p, Param.IIT_COUPLE);

    private static Estimate amount(Snapshot p, Param param) {
        long cents = p.get(param);
        return new Estimate(Money.euros(cents), Estimate.AmountPeriod.YEAR, new LocalizedText(
                "Ongeveer " + Money.nl(cents) + " per jaar.", "About " + Money.en(cents) + " a year."));
    }

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
            out.notMet("De toeslag is voor mensen van " + minAge + " jaar tot de AOW-leeftijd. U bent jonger.",
                    "The allowance is for people from " + minAge + " up to the AOW age. You are younger.");
            return;
        }
        if (f.aow == Answer.YES) {
            out.notMet("U heeft de AOW-leeftijd. De toeslag is voor mensen die jonger zijn.",
                    "You have reached the AOW age. The allowance is for younger people.");
            return;
        }
        if (f.aow == Answer.UNKNOWN) {
            out.unknown("Misschien heeft u de AOW-leeftijd al. Dan krijgt u deze toeslag niet.",
                    "You may have reached the AOW age already. Then this allowance is not for you.");
        }
        int needed = p.count(Param.IIT_MIN_MONTHS);
        if (f.monthsLow < 0) {
            out.unknown("U weet niet hoe lang uw inkomen al laag is. U moet minstens " + needed + " maanden een laag "
                    + "inkomen hebben.", "You do not know how long your income has been low. It has to be low for "
                    + "at least " + needed + " months.");
        } else if (f.monthsLow < needed) {
            out.notMet("Uw inkomen is " + f.monthsLow + " maanden laag. Dat moet minstens " + needed + " maanden zijn.",
                    "Your income has been low for " + f.monthsLow + " months. It has to be at least " + needed + ".");
            int wait = needed - f.monthsLow;
            out.wouldQualifyIf("Blijft uw inkomen laag? Dan kunt u het over " + wait
                    + (wait == 1 ? " maand" : " maanden") + " opnieuw bekijken.", "If your income stays low, look again in " + wait
                    + (wait == 1 ? " month." : " months."));
        } else {
            out.met("Uw inkomen is al " + f.monthsLow + " maanden laag. Dat is minstens " + needed + " maanden.",
                    "Your income has been low for " + f.monthsLow + " months: at least " + needed + ".");
        }
        IncomeTest.atMost(f, p, Param.LIMIT_IIT, out, Verdict.UNLIKELY);
        out.note(PROSPECTS);
        out.estimate(p.cached(f.partner ? COUPLE : f.singleParent() ? SINGLE_PARENT : SINGLE));
    }
}
