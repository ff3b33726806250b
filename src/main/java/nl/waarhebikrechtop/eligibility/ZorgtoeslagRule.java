package nl.waarhebikrechtop.eligibility;

import nl.waarhebikrechtop.content.LocalizedText;

import java.util.List;
import java.util.function.Function;

/**
 * Pointer to zorgtoeslag (Belastingdienst). The limit is a gross yearly income; the check only knows net monthly
 * income, so it can say "no" when the net income alone is above the limit, and otherwise only "maybe".
 */
final class ZorgtoeslagRule implements SchemeRule {

    static final int MONTHS_PER_YEAR = 12;
    private static final Function<Snapshot, LocalizedText> CHECK_SINGLE = p -> check(p.get(Param.ZORGTOESLAG_SINGLE));
    private static final Function<Snapshot, LocalizedText> CHECK_PARTNER = p -> check(p.get(Param.ZORGTOESLAG_PARTNER));

    private static LocalizedText check(long limit) {
        return new LocalizedText("De grens is " + Money.nl(limit) + " per jaar, bruto. Wij weten alleen uw netto "
                + "inkomen. Kijk op de website van de Belastingdienst of u zorgtoeslag kunt krijgen.", "The limit is "
                + Money.en(limit) + " a year, gross. We only know your net income. Check on the Belastingdienst "
                + "website whether you can get zorgtoeslag.");
    }

    @Override
    public String schemeId() {
        return "zorgtoeslag";
    }

    @Override
    public List<Param> reads() {
        return List.of(Param.ZORGTOESLAG_MIN_AGE, Param.ZORGTOESLAG_SINGLE, Param.ZORGTOESLAG_PARTNER);
    }

    @Override
    public void evaluate(Facts f, Snapshot p, Outcome out) {
        int minAge = p.count(Param.ZORGTOESLAG_MIN_AGE);
        if (f.age < minAge) {
            out.notMet("Zorgtoeslag is voor mensen van " + minAge + " jaar en ouder.",
                    "Zorgtoeslag is for people aged " + minAge + " and over.");
            return;
        }
        long limit = p.get(f.partner ? Param.ZORGTOESLAG_PARTNER : Param.ZORGTOESLAG_SINGLE);
        long yearly = f.income * MONTHS_PER_YEAR;
        if (yearly > limit) {
            out.notMet("Uw netto inkomen is ongeveer " + Money.nl(yearly) + " per jaar. Dat is al meer dan de grens "
                    + "van " + Money.nl(limit) + " per jaar.", "Your net income is about " + Money.en(yearly)
                    + " a year, already more than the limit of " + Money.en(limit) + " a year.");
            return;
        }
        out.unknown(p.cached(f.partner ? CHECK_PARTNER : CHECK_SINGLE));
    }
}
