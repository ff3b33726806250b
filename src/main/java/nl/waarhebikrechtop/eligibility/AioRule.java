package nl.waarhebikrechtop.eligibility;

import nl.waarhebikrechtop.content.LocalizedText;

import java.util.List;

/**
 * Pointer to the AIO (aanvullende inkomensvoorziening ouderen) of the SVB: from AOW age the SVB, not the
 * municipality, tops up a too-low income to the AOW-age norm. An indication only; the SVB decides.
 */
final class AioRule implements SchemeRule {

    private static final LocalizedText NOT_YET = new LocalizedText(
            "U heeft de AOW-leeftijd nog niet. De AIO is voor mensen met de AOW-leeftijd.",
            "You have not reached the AOW age yet. The AIO is for people who have.");
    private static final LocalizedText PERHAPS = new LocalizedText(
            "Misschien heeft u de AOW-leeftijd al. Dat hangt af van uw geboortedatum.",
            "You may have reached the AOW age already; that depends on your date of birth.");
    private static final LocalizedText REACHED = new LocalizedText("U heeft de AOW-leeftijd.",
            "You have reached the AOW age.");

    @Override
    public String schemeId() {
        return "aio";
    }

    @Override
    public List<Param> reads() {
        return List.of(Param.AOW_AGE_MONTHS, Param.NORM_SINGLE_AOW, Param.NORM_COUPLE_AOW);
    }

    @Override
    public void evaluate(Facts f, Snapshot p, Outcome out) {
        if (f.aow == Answer.NO) {
            out.notMet(NOT_YET);
            return;
        }
        if (f.aow == Answer.UNKNOWN) {
            out.unknown(PERHAPS);
        } else {
            out.met(REACHED);
        }
        long norm = p.get(f.partner ? Param.NORM_COUPLE_AOW : Param.NORM_SINGLE_AOW);
        if (f.income >= norm) {
            out.notMet("Uw inkomen " + f.incomeNl() + " is niet lager dan de norm van " + Money.nl(norm) + ".",
                    "Your income " + f.incomeEn() + " is not below the norm of " + Money.en(norm) + ".");
            out.wouldQualifyIf("Als uw inkomen lager is dan " + Money.nl(norm)
                            + " per maand, kan de SVB het aanvullen.",
                    "If your income is below " + Money.en(norm) + " a month, the SVB may top it up.");
        } else if (!f.incomeComplete) {
            out.unknown("U weet niet al uw inkomsten. De norm is " + Money.nl(norm) + ".",
                    "You do not know all your income. The norm is " + Money.en(norm) + ".");
        } else {
            out.met("Uw inkomen " + f.incomeNl() + " is lager dan de norm van " + Money.nl(norm) + ".",
                    "Your income " + f.incomeEn() + " is below the norm of " + Money.en(norm) + ".");
        }
    }
}
