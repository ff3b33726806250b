package nl.waarhebikrechtop.eligibility;

import nl.waarhebikrechtop.content.LocalizedText;

import java.util.List;
import java.util.function.Function;

/**
 * Kwijtschelding gemeentelijke belastingen (Uitvoeringsregeling Invorderingswet 1990): decided on the
 * betalingscapaciteit, the net income minus the allowed costs (housing costs above the part included in the norm,
 * a health insurance premium above the standard, ...) compared with the kwijtscheldingsnorm, a percentage of the
 * bijstand norm that fits the household, kostendelersnorm included. Remission can be partial.
 * <p>
 * The check does not know the allowed costs or the tax amount, so it decides only where that cannot matter: an
 * income within the kwijtscheldingsnorm leaves no capacity (LIKELY); above it the costs and the size of the bill
 * decide, so the answer is MAYBE with the reason. Savings above the bijstand asset limit give MAYBE: the
 * municipality weighs them itself.
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
                Param.NORM_COUPLE_AOW, Param.NORM_SINGLE_18_20, Param.NORM_COUPLE_18_20_CHILDREN,
                Param.NORM_COUPLE_18_20_NO_CHILDREN, Param.NORM_COUPLE_MIXED_CHILDREN,
                Param.NORM_COUPLE_MIXED_NO_CHILDREN, Param.BIJSTAND_ADULT_AGE, Param.BIJSTAND_MIN_AGE,
                Param.KOSTENDELER_BASE, Param.KOSTENDELER_STEP, Param.KOSTENDELER_MIN_AGE, Param.AOW_AGE_MONTHS,
                Param.ADULT_AGE, Param.ASSETS_SINGLE, Param.ASSETS_FAMILY, Param.KWIJTSCHELDING_CAR);
    }

    @Override
    public void evaluate(Facts f, Snapshot p, Outcome out) {
        BijstandNorm bijstandNorm = BijstandNorm.of(f, p);
        long percent = p.get(Param.LIMIT_KWIJTSCHELDING);
        long norm = Money.percentOf(bijstandNorm.cents(), percent);
        String normNl = Money.nl(norm);
        String normEn = Money.en(norm);
        String ofNl = Money.percentNl(percent) + " van de bijstandsnorm die bij uw huishouden past";
        String ofEn = Money.percentEn(percent) + " of the bijstand norm that fits your household";
        if (bijstandNorm.sharing()) {
            out.note("Voor de kwijtschelding telt de kostendelersnorm mee: er wonen volwassenen van "
                    + p.count(Param.KOSTENDELER_MIN_AGE) + " jaar of ouder bij u.", "The cost-sharer norm counts for "
                    + "remission: adults aged " + p.count(Param.KOSTENDELER_MIN_AGE) + " or over live with you.");
        }
        if (bijstandNorm.uncertain() > 0 || bijstandNorm.partnerUnclear()) {
            out.unknown("De norm hangt af van wie er bij u wonen en hun leeftijd. Wij rekenen met " + normNl + ".",
                    "The norm depends on who lives with you and their ages. We use " + normEn + ".");
        }
        if (f.income > norm) {
            String rentNl = f.rent > 0 ? " Uw huur is " + Money.nl(f.rent) + " per maand." : "";
            String rentEn = f.rent > 0 ? " Your rent is " + Money.en(f.rent) + " a month." : "";
            out.unknown("Uw inkomen " + f.incomeNl() + " is hoger dan " + normNl + " (" + ofNl + "). De gemeente "
                            + "trekt daar nog kosten van af, zoals een deel van de huur en van de zorgpremie. Wat "
                            + "overblijft, is uw betalingscapaciteit. Misschien krijgt u een deel kwijtgescholden."
                            + rentNl,
                    "Your income " + f.incomeEn() + " is higher than " + normEn + " (" + ofEn + "). The "
                            + "municipality still deducts costs, such as part of the rent and of the health insurance "
                            + "premium. What is left is your capacity to pay. You may get part of the tax remitted."
                            + rentEn);
        } else if (!f.incomeComplete) {
            out.unknown("U weet niet al uw inkomsten. De grens is " + normNl + " (" + ofNl + ").",
                    "You do not know all your income. The limit is " + normEn + " (" + ofEn + ").");
        } else {
            out.met("Uw inkomen " + f.incomeNl() + " is niet hoger dan " + normNl + " (" + ofNl + "). Dan blijft er "
                            + "geen geld over om de belasting te betalen.",
                    "Your income " + f.incomeEn() + " is not higher than " + normEn + " (" + ofEn + "). Then no "
                            + "money is left to pay the tax.");
        }
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
