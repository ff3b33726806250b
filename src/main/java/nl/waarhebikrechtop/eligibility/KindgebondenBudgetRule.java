package nl.waarhebikrechtop.eligibility;

import java.util.List;
import java.util.Map;

import static nl.waarhebikrechtop.eligibility.Args.amount;

/** Pointer to kindgebonden budget (Belastingdienst): children under the age limit and assets up to the limit. */
final class KindgebondenBudgetRule implements SchemeRule {

    @Override
    public String schemeId() {
        return "kindgebonden-budget";
    }

    @Override
    public List<Param> reads() {
        return List.of(Param.KGB_AGE_BELOW, Param.KGB_ASSETS_SINGLE, Param.KGB_ASSETS_PARTNER);
    }

    @Override
    public void evaluate(Facts f, Snapshot p, Outcome out) {
        int below = p.count(Param.KGB_AGE_BELOW);
        int children = 0;
        for (Situation.Child child : f.situation.children()) {
            if (child.age() < below) {
                children++;
            }
        }
        if (children == 0) {
            out.notMet(out.text("kindgebonden-budget.no-children", Map.of("ageBelow", below)));
            return;
        }
        long limit = p.get(f.partner ? Param.KGB_ASSETS_PARTNER : Param.KGB_ASSETS_SINGLE);
        if (f.assets > limit) {
            out.notMet(out.text("kindgebonden-budget.assets-above", Map.of("assets", amount(f.assets),
                    "limit", amount(limit))));
            return;
        }
        out.unknown(out.text("kindgebonden-budget.children", Map.of("children", children, "ageBelow", below)));
    }
}
