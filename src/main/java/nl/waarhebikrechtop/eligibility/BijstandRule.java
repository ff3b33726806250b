package nl.waarhebikrechtop.eligibility;

import nl.waarhebikrechtop.content.LocalizedText;

import java.util.List;
import java.util.function.Function;

/**
 * Bijstand (Participatiewet): age, AOW age (then the SVB's AIO instead), assets, own home and income against the
 * norm that fits the household, including the kostendelersnorm; the estimate is the top-up to the norm.
 */
final class BijstandRule implements SchemeRule {

    private static final Function<Snapshot, LocalizedText> SEARCH_PERIOD = p -> {
        int age = p.count(Param.ZOEKTERMIJN_AGE);
        long weeks = p.get(Param.ZOEKTERMIJN_WEEKS);
        return new LocalizedText("U bent jonger dan " + age + " jaar. Na het melden zoekt u eerst " + weeks
                + " weken naar werk of een opleiding. Daarna vraagt u de bijstand aan.", "You are younger than "
                + age + ". After reporting you first look for work or a course for " + weeks
                + " weeks. Then you apply.");
    };
    private static final Function<Snapshot, LocalizedText> OWN_HOME = p -> new LocalizedText("Heeft u een eigen "
            + "huis? Dan telt ook het geld dat in uw huis zit mee (de waarde min de hypotheek). Tot "
            + Money.nl(p.get(Param.HOME_EQUITY)) + " mag.", "Do you own your home? Then the money in your home counts "
            + "too (its value minus the mortgage). Up to " + Money.en(p.get(Param.HOME_EQUITY)) + " is allowed.");

    @Override
    public String schemeId() {
        return "bijstand";
    }

    @Override
    public List<Param> reads() {
        return List.of(Param.BIJSTAND_MIN_AGE, Param.AOW_AGE_MONTHS, Param.BIJSTAND_ADULT_AGE, Param.NORM_SINGLE,
                Param.NORM_COUPLE, Param.NORM_SINGLE_18_20, Param.NORM_COUPLE_18_20_CHILDREN,
                Param.NORM_COUPLE_18_20_NO_CHILDREN, Param.NORM_COUPLE_MIXED_CHILDREN,
                Param.NORM_COUPLE_MIXED_NO_CHILDREN, Param.NORM_COUPLE_AOW, Param.KOSTENDELER_BASE,
                Param.KOSTENDELER_STEP, Param.KOSTENDELER_MIN_AGE, Param.ASSETS_SINGLE, Param.ASSETS_FAMILY,
                Param.HOME_EQUITY, Param.ZOEKTERMIJN_AGE, Param.ZOEKTERMIJN_WEEKS, Param.ADULT_AGE);
    }

    @Override
    public void evaluate(Facts f, Snapshot p, Outcome out) {
        int minAge = p.count(Param.BIJSTAND_MIN_AGE);
        if (f.age < minAge) {
            out.notMet("U bent jonger dan " + minAge + " jaar. Bijstand is voor mensen van " + minAge
                    + " jaar en ouder.", "You are younger than " + minAge + ". Bijstand is for people aged "
                    + minAge + " and over.");
            return;
        }
        if (f.aow == Answer.YES) {
            out.notMet("U heeft de AOW-leeftijd. Dan krijgt u geen bijstand van de gemeente. Is uw inkomen te laag? "
                    + "Dan kan de SVB het aanvullen met de AIO.", "You have reached the AOW age. The municipality "
                    + "then pays no bijstand. Is your income too low? The SVB may top it up with the AIO.");
            return;
        }
        if (f.aow == Answer.UNKNOWN) {
            out.unknown("Misschien heeft u de AOW-leeftijd al. Dat hangt af van uw geboortedatum. Dan is de AIO "
                    + "van de SVB voor u.", "You may have reached the AOW age already; that depends on your date "
                    + "of birth. If so, the SVB's AIO is for you.");
        }
        BijstandNorm norm = BijstandNorm.of(f, p);
        householdNorm(p, norm, out);
        assets(f, p, out);
        income(f, norm, out);
        if (f.age < p.count(Param.ZOEKTERMIJN_AGE)) {
            out.note(p.cached(SEARCH_PERIOD));
        }
    }

    private static void householdNorm(Snapshot p, BijstandNorm norm, Outcome out) {
        int sharerAge = p.count(Param.KOSTENDELER_MIN_AGE);
        if (norm.partnerUnclear()) {
            out.unknown("De norm hangt af van de leeftijd van uw partner. Die weten we niet precies. Wij rekenen met "
                    + Money.nl(norm.withoutSharing()) + ".", "The norm depends on your partner's age, which we do "
                    + "not know exactly. We use " + Money.en(norm.withoutSharing()) + ".");
        }
        if (norm.sharing()) {
            boolean one = norm.costSharers() == 1;
            out.note((one ? "Er woont 1 andere volwassene" : "Er wonen " + norm.costSharers() + " andere volwassenen")
                            + " van " + sharerAge + " jaar of ouder bij u. Daarom geldt de kostendelersnorm: "
                            + Money.nl(norm.cents()) + " in plaats van " + Money.nl(norm.withoutSharing()) + ".",
                    (one ? "1 other adult" : norm.costSharers() + " other adults") + " aged " + sharerAge
                            + " or over " + (one ? "lives" : "live") + " with you. So the cost-sharer norm applies: "
                            + Money.en(norm.cents()) + " instead of " + Money.en(norm.withoutSharing()) + ".");
        }
        if (norm.uncertain() > 0) {
            out.unknown("Van " + Money.count(norm.uncertain(), "medebewoner", "medebewoners") + " weten we niet of "
                    + "die meetelt voor de kostendelersnorm (leeftijd of soort afspraak onbekend). Telt die mee, dan "
                    + "wordt de norm lager.", "For " + Money.count(norm.uncertain(), "housemate", "housemates")
                    + " we do not know whether they count for the cost-sharer norm (age or kind of arrangement "
                    + "unknown). If they do, the norm is lower.");
        }
    }

    private static void assets(Facts f, Snapshot p, Outcome out) {
        long limit = p.get(f.partner || f.childrenUnder18 > 0 ? Param.ASSETS_FAMILY : Param.ASSETS_SINGLE);
        if (f.assets == Facts.UNKNOWN) {
            out.unknown("U weet niet hoeveel geld u heeft gespaard of bezit. De grens is " + Money.nl(limit) + ".",
                    "You do not know your savings and assets. The limit is " + Money.en(limit) + ".");
        } else if (f.assets > limit) {
            out.notMet("Uw spaargeld en bezit " + Money.nl(f.assets) + " is hoger dan de grens van " + Money.nl(limit)
                    + ".", "Your savings and assets " + Money.en(f.assets) + " are above the limit of "
                    + Money.en(limit) + ".");
            out.wouldQualifyIf("Als uw spaargeld en bezit niet hoger is dan " + Money.nl(limit)
                    + ", komt u misschien wel in aanmerking.", "If your savings and assets are not above "
                    + Money.en(limit) + ", you might qualify.");
        } else {
            out.met("Uw spaargeld en bezit " + Money.nl(f.assets) + " is niet hoger dan de grens van "
                    + Money.nl(limit) + ".", "Your savings and assets " + Money.en(f.assets)
                    + " are not above the limit of " + Money.en(limit) + ".");
        }
        Answer home = f.situation.ownHome();
        if (home != Answer.NO) {
            out.unknown(p.cached(OWN_HOME));
        }
    }

    private static void income(Facts f, BijstandNorm norm, Outcome out) {
        long gap = norm.cents() - f.income;
        if (gap <= 0) {
            String known = f.incomeComplete ? "" : " (alleen wat u weet)";
            String knownEn = f.incomeComplete ? "" : " (only what you know)";
            out.notMet("Uw inkomen " + f.incomeNl() + known + " is niet lager dan de bijstandsnorm van "
                    + Money.nl(norm.cents()) + " die bij uw huishouden past.", "Your income "
                    + f.incomeEn() + knownEn + " is not below the bijstand norm of " + Money.en(norm.cents())
                    + " that fits your household.");
            out.wouldQualifyIf("Als uw inkomen lager is dan " + Money.nl(norm.cents()) + " per maand, vult bijstand "
                    + "het aan tot dat bedrag.", "If your income is below " + Money.en(norm.cents())
                    + " a month, bijstand tops it up to that amount.");
        } else if (!f.incomeComplete) {
            out.unknown("U weet niet al uw inkomsten. De bijstandsnorm die bij uw huishouden past is "
                    + Money.nl(norm.cents()) + ".", "You do not know all your income. The bijstand norm that fits "
                    + "your household is " + Money.en(norm.cents()) + ".");
        } else {
            out.met("Uw inkomen " + f.incomeNl() + " is lager dan de bijstandsnorm van "
                    + Money.nl(norm.cents()) + " die bij uw huishouden past.", "Your income " + f.incomeEn()
                    + " is below the bijstand norm of " + Money.en(norm.cents()) + " that fits your household.");
            out.estimate(gap, Estimate.AmountPeriod.MONTH, "Ongeveer " + Money.nl(gap) + " per maand bovenop uw "
                    + "inkomen.", "About " + Money.en(gap) + " a month on top of your income.");
        }
    }
}
