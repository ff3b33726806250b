package nl.waarhebikrechtop.eligibility;

import java.util.List;

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
            out.notMet("Kindgebonden budget is voor kinderen jonger dan " + below + " jaar. Die heeft u niet.",
                    "Kindgebonden budget is for children under " + below + ". You have none.");
            return;
        }
        long limit = p.get(f.partner ? Param.KGB_ASSETS_PARTNER : Param.KGB_ASSETS_SINGLE);
        if (f.assets > limit) {
            out.notMet("Uw spaargeld en bezit " + Money.nl(f.assets) + " is hoger dan de grens van "
                    + Money.nl(limit) + ".", "Your savings and assets " + Money.en(f.assets)
                    + " are above the limit of " + Money.en(limit) + ".");
            return;
        }
        out.unknown("U heeft " + Money.count(children, "kind", "kinderen") + " jonger dan " + below + " jaar. Hoeveel "
                + "u krijgt, hangt af van uw inkomen. De Belastingdienst rekent het uit.", "You have "
                + Money.count(children, "child", "children") + " under " + below + ". How much you get depends on "
                + "your income; the Belastingdienst works it out.");
    }
}
