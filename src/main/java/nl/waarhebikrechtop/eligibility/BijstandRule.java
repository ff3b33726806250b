package nl.waarhebikrechtop.eligibility;

import java.util.List;
import java.util.Map;

import static nl.waarhebikrechtop.eligibility.Args.amount;

/**
 * Bijstand (Participatiewet): age, AOW age of the applicant or the partner (then the SVB's AIO instead), study
 * finance, assets, own home and income against the norm that fits the household, including the kostendelersnorm;
 * the estimate is the top-up to the norm. Texts: {@code bijstand.*} in {@code content/reasons/}.
 */
final class BijstandRule implements SchemeRule {

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
            out.notMet(out.text("bijstand.too-young", Map.of("minAge", minAge)));
            return;
        }
        if (f.householdAow == Answer.YES) {
            // Participatiewet art. 47: from the AOW age of the applicant or the partner, the SVB tops up the
            // household's income with the AIO (svb.nl, "kijk of u een AIO-aanvulling krijgt").
            out.notMet(out.text(f.aow == Answer.YES ? "bijstand.aow-reached" : "bijstand.partner-aow-reached"));
            return;
        }
        if (f.householdAow == Answer.UNKNOWN) {
            out.unknown(out.text("bijstand.aow-perhaps"));
        }
        studies(f, out);
        BijstandNorm norm = BijstandNorm.of(f, p);
        householdNorm(p, norm, out);
        assets(f, p, out);
        income(f, p, norm, out);
        boarderIncome(f, out);
        if (f.age < p.count(Param.ZOEKTERMIJN_AGE)) {
            out.note(out.text("bijstand.search-period", Map.of("age", p.count(Param.ZOEKTERMIJN_AGE),
                    "weeks", p.count(Param.ZOEKTERMIJN_WEEKS))));
        }
    }

    /** Participatiewet art. 13 lid 2 sub c: who can get study finance (WSF 2000) or WTOS gets no bijstand. */
    private static void studies(Facts f, Outcome out) {
        Answer studies = f.situation.studyFinance();
        if (studies == Answer.YES) {
            out.notMet(out.text("bijstand.study-finance"));
        } else if (studies == Answer.UNKNOWN) {
            out.unknown(out.text("bijstand.study-finance-unknown"));
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
            out.unknown(out.text("bijstand.boarder-income-missing"));
        } else {
            out.note(out.text("bijstand.boarder-income"));
        }
    }

    private static void householdNorm(Snapshot p, BijstandNorm norm, Outcome out) {
        if (norm.partnerUnclear()) {
            out.unknown(out.text("bijstand.partner-age-unclear", Map.of("norm", amount(norm.withoutSharing()))));
        }
        if (norm.sharing()) {
            out.note(out.text("bijstand.cost-sharers", Map.of("sharers", norm.costSharers(),
                    "sharerAge", p.count(Param.KOSTENDELER_MIN_AGE), "norm", amount(norm.cents()),
                    "withoutSharing", amount(norm.withoutSharing()))));
        }
        if (norm.uncertain() > 0) {
            out.unknown(out.text("bijstand.sharers-uncertain", Map.of("uncertain", norm.uncertain())));
        }
    }

    private static void assets(Facts f, Snapshot p, Outcome out) {
        Param limitParam = f.partner || f.childrenUnder18 > 0 ? Param.ASSETS_FAMILY : Param.ASSETS_SINGLE;
        long limit = p.get(limitParam);
        Map<String, Object> figures = Map.of("assets", amount(Math.max(f.assets, 0)), "limit", amount(limit));
        if (f.assets == Facts.UNKNOWN) {
            out.unknown(out.text("bijstand.assets-unknown", figures));
        } else if (f.assets > limit && Unconfirmed.justAbove(p, f.assets, limit, limitParam)) {
            out.unknown(out.text("bijstand.assets-unconfirmed-limit", figures));
        } else if (f.assets > limit) {
            out.notMet(out.text("bijstand.assets-above", figures));
            out.wouldQualifyIf(out.text("bijstand.assets-would-qualify", figures));
        } else {
            out.met(out.text("bijstand.assets-within", figures));
        }
        if (f.situation.ownHome() != Answer.NO) {
            out.unknown(out.text("bijstand.own-home", Map.of("homeEquity", amount(p.get(Param.HOME_EQUITY)))));
        }
    }

    private static void income(Facts f, Snapshot p, BijstandNorm norm, Outcome out) {
        long gap = norm.cents() - f.income;
        Map<String, Object> figures = Map.of("income", amount(f.income), "norm", amount(norm.cents()),
                "known", f.incomeComplete ? "all" : "part");
        if (gap <= 0 && Unconfirmed.justAbove(p, f.income, norm.cents(), norm.behind())) {
            out.unknown(out.text("bijstand.income-unconfirmed-norm", figures));
        } else if (gap <= 0) {
            out.notMet(out.text("bijstand.income-not-below", figures));
            out.wouldQualifyIf(out.text("bijstand.income-would-qualify", figures));
        } else if (!f.incomeComplete) {
            out.unknown(out.text("bijstand.income-unknown", figures));
        } else {
            out.met(out.text("bijstand.income-below", figures));
            out.estimate(new Estimate(Money.euros(gap), Estimate.AmountPeriod.MONTH,
                    out.text("bijstand.estimate", Map.of("amount", amount(gap)))));
        }
    }
}
