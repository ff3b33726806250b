package nl.waarhebikrechtop.eligibility;

import java.util.List;
import java.util.Map;

import static nl.waarhebikrechtop.eligibility.Args.amount;

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
        Map<String, Object> figures = Map.of("income", amount(f.income), "norm", amount(norm),
                "percent", Args.percent(percent), "rent", f.rent > 0 ? amount(f.rent) : "unknown");
        if (bijstandNorm.sharing()) {
            out.note(out.text("kwijtschelding.cost-sharers", Map.of("sharerAge", p.count(Param.KOSTENDELER_MIN_AGE))));
        }
        if (bijstandNorm.uncertain() > 0 || bijstandNorm.partnerUnclear()) {
            out.unknown(out.text("kwijtschelding.norm-uncertain", figures));
        }
        if (f.income > norm) {
            out.unknown(out.text("kwijtschelding.above-norm", figures));
        } else if (!f.incomeComplete) {
            out.unknown(out.text("kwijtschelding.income-unknown", figures));
        } else {
            out.met(out.text("kwijtschelding.within-norm", figures));
        }
        long limit = p.get(f.partner || f.childrenUnder18 > 0 ? Param.ASSETS_FAMILY : Param.ASSETS_SINGLE);
        if (f.assets == Facts.UNKNOWN) {
            out.unknown(out.text("kwijtschelding.assets-unknown"));
        } else if (f.assets > limit) {
            out.unknown(out.text("kwijtschelding.assets-above", Map.of("assets", amount(f.assets),
                    "limit", amount(limit))));
        }
        out.note(out.text("kwijtschelding.car", Map.of("carValue", amount(p.get(Param.KWIJTSCHELDING_CAR)))));
    }
}
