package nl.waarhebikrechtop.eligibility;

import java.util.List;
import java.util.Map;

import static nl.waarhebikrechtop.eligibility.Args.amount;

/**
 * Pointer to the AIO (aanvullende inkomensvoorziening ouderen) of the SVB: from the AOW age of the applicant or
 * the partner (Participatiewet art. 47; svb.nl "kijk of u een AIO-aanvulling krijgt") the SVB, not the
 * municipality, tops up a too-low income to the AOW-age norm, with the kostendelersnorm for housemates of 27 and
 * older (art. 22a; svb.nl on the AIO when you live with others). An indication only; the SVB decides.
 */
final class AioRule implements SchemeRule {

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
            out.notMet(out.text("aio.not-yet", Map.of("partner", f.partner ? "yes" : "no")));
            return;
        }
        if (f.householdAow == Answer.UNKNOWN) {
            out.unknown(out.text("aio.perhaps"));
        } else {
            out.met(out.text(f.aow == Answer.YES ? "aio.reached" : "aio.partner-reached"));
        }
        BijstandNorm norm = BijstandNorm.of(f, p, true);
        Args.Amount limit = amount(norm.cents());
        if (norm.sharing()) {
            out.note(out.text("aio.cost-sharers", Map.of("sharers", norm.costSharers(),
                    "sharerAge", p.count(Param.KOSTENDELER_MIN_AGE), "norm", limit,
                    "withoutSharing", amount(norm.withoutSharing()))));
        }
        if (norm.uncertain() > 0) {
            out.unknown(out.text("aio.sharers-uncertain", Map.of("uncertain", norm.uncertain())));
        }
        Map<String, Object> figures = Map.of("income", amount(f.income), "norm", limit);
        if (f.income >= norm.cents() && Unconfirmed.justAbove(p, f.income, norm.cents(), norm.behind())) {
            out.unknown(out.text("aio.income-unconfirmed-norm", figures));
        } else if (f.income >= norm.cents()) {
            out.notMet(out.text("aio.income-not-below", figures));
            out.wouldQualifyIf(out.text("aio.would-qualify", figures));
        } else if (!f.incomeComplete) {
            out.unknown(out.text("aio.income-unknown", figures));
        } else {
            out.met(out.text("aio.income-below", figures));
        }
    }
}
