package nl.waarhebikrechtop.eligibility;

import nl.waarhebikrechtop.content.LocalizedText;

import java.util.List;
import java.util.function.Function;

/**
 * Kwijtschelding gemeentelijke belastingen: income up to the limit and little savings or property. Savings above
 * the bijstand asset limit give MAYBE: the municipality weighs them itself.
 */
final class KwijtscheldingRule implements SchemeRule {

    private static final Function<Snapshot, LocalizedText> CAR = p -> new LocalizedText("Heeft u een auto die meer "
            + "waard is dan " + Money.nl(p.get(Param.KWIJTSCHELDING_CAR)) + "? Dan krijgt u meestal geen "
            + "kwijtschelding.", "Do you have a car worth more than " + Money.en(p.get(Param.KWIJTSCHELDING_CAR))
            + "? Then you usually get no remission.");

    @Override
    public String schemeId() {
        return "kwijtschelding";
    }

    @Override
    public List<Param> reads() {
        return List.of(Param.LIMIT_KWIJTSCHELDING, Param.NORM_SINGLE, Param.NORM_COUPLE, Param.NORM_SINGLE_AOW,
                Param.NORM_COUPLE_AOW, Param.ASSETS_SINGLE, Param.ASSETS_FAMILY, Param.KWIJTSCHELDING_CAR);
    }

    @Override
    public void evaluate(Facts f, Snapshot p, Outcome out) {
        IncomeTest.atMost(f, p, Param.LIMIT_KWIJTSCHELDING, out, Verdict.UNLIKELY);
        long limit = p.get(f.partner || f.childrenUnder18 > 0 ? Param.ASSETS_FAMILY : Param.ASSETS_SINGLE);
        if (f.assets == Facts.UNKNOWN) {
            out.unknown("U weet niet hoeveel spaargeld u heeft. Ook dat telt mee.",
                    "You do not know your savings. They count too.");
        } else if (f.assets > limit) {
            out.unknown("Uw spaargeld en bezit " + Money.nl(f.assets) + " is hoger dan " + Money.nl(limit)
                    + ". Dan krijgt u meestal geen kwijtschelding.", "Your savings and assets " + Money.en(f.assets)
                    + " are above " + Money.en(limit) + ". Then you usually get no remission.");
        }
        out.note(p.cached(CAR));
    }
}
