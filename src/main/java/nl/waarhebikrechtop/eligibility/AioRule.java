package nl.waarhebikrechtop.eligibility;

import nl.waarhebikrechtop.content.LocalizedText;

import java.util.List;

/**
 * Pointer to the AIO (aanvullende inkomensvoorziening ouderen) of the SVB: from the AOW age of the applicant or
 * the partner (Participatiewet art. 47; svb.nl "kijk of u een AIO-aanvulling krijgt") the SVB, not the
 * municipality, tops up a too-low income to the AOW-age norm, with the kostendelersnorm for housemates of 27 and
 * older (art. 22a; svb.nl on the AIO when you live with others). An indication only; the SVB decides.
 */
final class AioRule implements SchemeRule {

    private static final LocalizedText NOT_YET = new LocalizedText(
            "U heeft de AOW-leeftijd nog niet. De AIO is voor mensen met de AOW-leeftijd.",
            "You have not reached the AOW age yet. The AIO is for people who have.");
    private static final LocalizedText NOT_YET_COUPLE = new LocalizedText(
            "U en uw partner hebben de AOW-leeftijd nog niet. De AIO is voor huishoudens waarin iemand de "
                    + "AOW-leeftijd heeft.", "Neither you nor your partner has reached the AOW age. The AIO is for "
            + "households in which someone has.");
    private static final LocalizedText PERHAPS = new LocalizedText(
            "Misschien heeft u of uw partner de AOW-leeftijd al. Dat hangt af van de geboortedatum.",
            "You or your partner may have reached the AOW age already; that depends on the date of birth.");
    private static final LocalizedText REACHED = new LocalizedText("U heeft de AOW-leeftijd.",
            "You have reached the AOW age.");
    private static final LocalizedText PARTNER_REACHED = new LocalizedText("Uw partner heeft de AOW-leeftijd. Dan is "
            + "de AIO ook voor u samen, ook al heeft u zelf de AOW-leeftijd nog niet.", "Your partner has reached the "
            + "AOW age. Then the AIO is for the two of you, even though you have not reached it yourself.");

    @Override
    public String schemeId() {
        return "aio";
    }

    @Override
    public List<Param> reads() {
        return List.of(Param.AOW_AGE_MONTHS, Param.NORM_SINGLE_AOW, Param.NORM_COUPLE_AOW, Param.NORM_SINGLE,
                Param.NORM_COUPLE, Param.NORM_SINGLE_18_20, Param.NORM_COUPLE_18_20_CHILDREN,
                Param.NORM_COUPLE_18_20_NO_CHILDREN, Param.NORM_COUPLE_MIXED_CHILDREN,
                Param.NORM_COUPLE_MIXED_NO_CHILDREN, Param.BIJSTAND_ADULT_AGE, Param.BIJSTAND_MIN_AGE,
                Param.KOSTENDELER_BASE, Param.KOSTENDELER_STEP, Param.KOSTENDELER_MIN_AGE, Param.ADULT_AGE,
                Param.UNCONFIRMED_MARGIN);
    }

    @Override
    public void evaluate(Facts f, Snapshot p, Outcome out) {
        if (f.householdAow == Answer.NO) {
            out.notMet(f.partner ? NOT_YET_COUPLE : NOT_YET);
            return;
        }
        if (f.householdAow == Answer.UNKNOWN) {
            out.unknown(PERHAPS);
        } else {
            out.met(f.aow == Answer.YES ? REACHED : PARTNER_REACHED);
        }
        BijstandNorm norm = BijstandNorm.of(f, p, true);
        if (norm.sharing()) {
            boolean one = norm.costSharers() == 1;
            int sharerAge = p.count(Param.KOSTENDELER_MIN_AGE);
            out.note((one ? "Er woont 1 andere volwassene" : "Er wonen " + norm.costSharers() + " andere volwassenen")
                            + " van " + sharerAge + " jaar of ouder bij u. Daarom geldt ook bij de AIO de "
                            + "kostendelersnorm: " + Money.nl(norm.cents()) + " in plaats van "
                            + Money.nl(norm.withoutSharing()) + ".",
                    (one ? "1 other adult" : norm.costSharers() + " other adults") + " aged " + sharerAge
                            + " or over " + (one ? "lives" : "live") + " with you. So the cost-sharer norm applies to "
                            + "the AIO too: " + Money.en(norm.cents()) + " instead of "
                            + Money.en(norm.withoutSharing()) + ".");
        }
        if (norm.uncertain() > 0) {
            out.unknown("Van " + Money.count(norm.uncertain(), "medebewoner", "medebewoners") + " weten we niet of "
                    + "die meetelt voor de kostendelersnorm. Telt die mee, dan wordt de norm lager.", "For "
                    + Money.count(norm.uncertain(), "housemate", "housemates") + " we do not know whether they count "
                    + "for the cost-sharer norm. If they do, the norm is lower.");
        }
        long limit = norm.cents();
        if (f.income >= limit && Unconfirmed.justAbove(p, f.income, limit, norm.behind())) {
            out.unknown("Uw inkomen " + f.incomeNl() + " is niet lager dan de norm van " + Money.nl(limit)
                    + ", maar die norm is nog niet bevestigd. De echte norm is misschien hoger.", "Your income "
                    + f.incomeEn() + " is not below the norm of " + Money.en(limit) + ", but that norm is not yet "
                    + "confirmed. The real norm may be higher.");
        } else if (f.income >= limit) {
            out.notMet("Uw inkomen " + f.incomeNl() + " is niet lager dan de norm van " + Money.nl(limit) + ".",
                    "Your income " + f.incomeEn() + " is not below the norm of " + Money.en(limit) + ".");
            out.wouldQualifyIf("Als uw inkomen lager is dan " + Money.nl(limit)
                            + " per maand, kan de SVB het aanvullen.",
                    "If your income is below " + Money.en(limit) + " a month, the SVB may top it up.");
        } else if (!f.incomeComplete) {
            out.unknown("U weet niet al uw inkomsten. De norm is " + Money.nl(limit) + ".",
                    "You do not know all your income. The norm is " + Money.en(limit) + ".");
        } else {
            out.met("Uw inkomen " + f.incomeNl() + " is lager dan de norm van " + Money.nl(limit) + ".",
                    "Your income " + f.incomeEn() + " is below the norm of " + Money.en(limit) + ".");
        }
    }
}
