package nl.waarhebikrechtop.eligibility;

import nl.waarhebikrechtop.content.KindpakketProvision;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Kindpakket: children up to the age limit in a household with an income up to the limit. Lists the catalogue's
 * partner provisions that fit the children's ages; provisions without an income test (Nationaal Fonds
 * Kinderhulp) are listed even when the income is above the limit.
 */
final class KindpakketRule implements SchemeRule {

    private final List<KindpakketProvision> catalogue;

    KindpakketRule(List<KindpakketProvision> catalogue) {
        this.catalogue = List.copyOf(catalogue);
    }

    @Override
    public String schemeId() {
        return "kindpakket";
    }

    @Override
    public List<Param> reads() {
        return List.of(Param.KINDPAKKET_MAX_AGE, Param.LIMIT_KINDPAKKET, Param.NORM_SINGLE, Param.NORM_COUPLE,
                Param.NORM_SINGLE_AOW, Param.NORM_COUPLE_AOW, Param.UNCONFIRMED_MARGIN);
    }

    @Override
    public void evaluate(Facts f, Snapshot p, Outcome out) {
        int maxAge = p.count(Param.KINDPAKKET_MAX_AGE);
        int fitting = 0;
        for (Situation.Child child : f.situation.children()) {
            if (child.age() <= maxAge) {
                fitting++;
            }
        }
        if (fitting == 0) {
            out.notMet(out.text("kindpakket.no-children", Map.of("maxAge", maxAge)));
            return;
        }
        out.met(out.text("kindpakket.children", Map.of("children", fitting, "maxAge", maxAge)));
        boolean incomeOk = IncomeTest.atMost(f, p, Param.LIMIT_KINDPAKKET, out, Verdict.UNLIKELY);
        boolean incomeMaybe = !incomeOk && out.verdict() != Verdict.UNLIKELY;
        out.provisions(matches(f.situation.children(), incomeOk || incomeMaybe));
    }

    private List<ProvisionMatch> matches(List<Situation.Child> children, boolean includeIncomeTested) {
        List<ProvisionMatch> matches = new ArrayList<>(catalogue.size());
        for (KindpakketProvision provision : catalogue) {
            if (provision.incomeTested() && !includeIncomeTested) {
                continue;
            }
            List<Integer> fits = new ArrayList<>(children.size());
            for (int i = 0; i < children.size(); i++) {
                int age = children.get(i).age();
                if (age >= provision.minAge() && age <= provision.maxAge()) {
                    fits.add(i);
                }
            }
            if (!fits.isEmpty()) {
                matches.add(new ProvisionMatch(provision.id(), provision.name(), provision.description(),
                        provision.partner(), provision.link(), provision.viaProfessional(), provision.incomeTested(),
                        provision.confirmed(), List.copyOf(fits)));
            }
        }
        return matches;
    }
}
