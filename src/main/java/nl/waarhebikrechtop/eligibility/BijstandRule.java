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
                Param.HOME_EQUITY, Param.ZOEKTERMIJN_AGE, Param.ZOEKTERMIJN_WEEKS, Param.ADULT_AGE,
                Param.NORM_SINGLE_AOW, Param.UNCONFIRMED_MARGIN);
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
        if (f.householdAow == Answer.YES) {
            // Participatiewet art. 47: from the AOW age of the applicant or the partner, the SVB tops up the
            // household's income with the AIO (svb.nl, "kijk of u een AIO-aanvulling krijgt").
            if (f.aow == Answer.YES) {
                out.notMet("U heeft de AOW-leeftijd. Dan krijgt u geen bijstand van de gemeente. Is uw inkomen te "
                        + "laag? Dan kan de SVB het aanvullen met de AIO.", "You have reached the AOW age. The "
                        + "municipality then pays no bijstand. Is your income too low? The SVB may top it up with the "
                        + "AIO.");
            } else {
                out.notMet("Uw partner heeft de AOW-leeftijd. Dan vult de SVB het inkomen van u samen aan met de AIO, "
                        + "niet de gemeente met bijstand.", "Your partner has reached the AOW age. Then the SVB tops "
                        + "up your joint income with the AIO, not the municipality with bijstand.");
            }
            return;
        }
        if (f.householdAow == Answer.UNKNOWN) {
            out.unknown("Misschien heeft u of uw partner de AOW-leeftijd al. Dat hangt af van de geboortedatum. Dan is "
                    + "de AIO van de SVB voor u.", "You or your partner may have reached the AOW age already; that "
                    + "depends on the date of birth. If so, the SVB's AIO is for you.");
        }
        studies(f, out);
        BijstandNorm norm = BijstandNorm.of(f, p);
        householdNorm(p, norm, out);
        assets(f, p, out);
        income(f, p, norm, out);
        boarderIncome(f, out);
        if (f.age < p.count(Param.ZOEKTERMIJN_AGE)) {
            out.note(p.cached(SEARCH_PERIOD));
        }
    }

    /** Participatiewet art. 13 lid 2 sub c: who can get study finance (WSF 2000) or WTOS gets no bijstand. */
    private static void studies(Facts f, Outcome out) {
        Answer studies = f.situation.studyFinance();
        if (studies == Answer.YES) {
            out.notMet("U krijgt studiefinanciering of een tegemoetkoming (WTOS), of u zou die kunnen krijgen. Dan "
                    + "krijgt u meestal geen bijstand. Er zijn uitzonderingen, bijvoorbeeld bij een beperking: vraag "
                    + "het na bij het Werkplein.", "You receive study finance or a WTOS allowance, or could receive "
                    + "it. Then you usually get no bijstand. There are exceptions, for example with a disability: ask "
                    + "the Werkplein.");
        } else if (studies == Answer.UNKNOWN) {
            out.unknown("Wij weten niet of u studiefinanciering of een tegemoetkoming (WTOS) krijgt of kunt krijgen. "
                    + "Is dat zo, dan krijgt u meestal geen bijstand.", "We do not know whether you receive or could "
                    + "receive study finance or a WTOS allowance. If you do, you usually get no bijstand.");
        }
    }

    /** Participatiewet art. 33: what a boarder or tenant pays the resident counts as income. */
    private static void boarderIncome(Facts f, Outcome out) {
        boolean boarder = false;
        for (Situation.Housemate mate : f.situation.housemates()) {
            boarder |= mate.relation() == Relation.COMMERCIAL_BOARDER_OR_TENANT;
        }
        if (!boarder) {
            return;
        }
        java.math.BigDecimal other = f.situation.income().other();
        if (other != null && other.signum() == 0) {
            out.unknown("Er woont een kostganger of huurder bij u. Wat die u betaalt, telt als inkomen. U vulde geen "
                    + "ander inkomen in. Tel het kostgeld of de huur mee bij ander inkomen.", "A boarder or tenant "
                    + "lives with you. What they pay you counts as income. You entered no other income. Count the "
                    + "board or rent as other income.");
        } else {
            out.note("Er woont een kostganger of huurder bij u. Wat die u betaalt, telt als inkomen.",
                    "A boarder or tenant lives with you. What they pay you counts as income.");
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
        Param limitParam = f.partner || f.childrenUnder18 > 0 ? Param.ASSETS_FAMILY : Param.ASSETS_SINGLE;
        long limit = p.get(limitParam);
        if (f.assets == Facts.UNKNOWN) {
            out.unknown("U weet niet hoeveel geld u heeft gespaard of bezit. De grens is " + Money.nl(limit) + ".",
                    "You do not know your savings and assets. The limit is " + Money.en(limit) + ".");
        } else if (f.assets > limit && Unconfirmed.justAbove(p, f.assets, limit, limitParam)) {
            out.unknown("Uw spaargeld en bezit " + Money.nl(f.assets) + " is iets hoger dan " + Money.nl(limit)
                    + ". Die grens is nog niet bevestigd. De echte grens is misschien hoger.", "Your savings and "
                    + "assets " + Money.en(f.assets) + " are a little above " + Money.en(limit) + ". That limit is "
                    + "not yet confirmed. The real limit may be higher.");
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

    private static void income(Facts f, Snapshot p, BijstandNorm norm, Outcome out) {
        long gap = norm.cents() - f.income;
        if (gap <= 0 && Unconfirmed.justAbove(p, f.income, norm.cents(), norm.behind())) {
            out.unknown("Uw inkomen " + f.incomeNl() + " is niet lager dan de bijstandsnorm van "
                    + Money.nl(norm.cents()) + ", maar die norm is nog niet bevestigd. De echte norm is misschien "
                    + "hoger. Vraag het na.", "Your income " + f.incomeEn() + " is not below the bijstand norm of "
                    + Money.en(norm.cents()) + ", but that norm is not yet confirmed. The real norm may be higher. "
                    + "Please ask.");
        } else if (gap <= 0) {
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
