package nl.waarhebikrechtop.eligibility;

import java.util.List;

/** Pointer to huurtoeslag (Belastingdienst): renters with assets up to the limit; an indication only. */
final class HuurtoeslagRule implements SchemeRule {

    @Override
    public String schemeId() {
        return "huurtoeslag";
    }

    @Override
    public List<Param> reads() {
        return List.of(Param.HUURTOESLAG_ASSETS_SINGLE, Param.HUURTOESLAG_ASSETS_PARTNER,
                Param.HUURTOESLAG_RENT_ADULT, Param.HUURTOESLAG_RENT_YOUNG, Param.BIJSTAND_ADULT_AGE);
    }

    @Override
    public void evaluate(Facts f, Snapshot p, Outcome out) {
        if (f.situation.ownHome() == Answer.YES) {
            out.notMet("U woont in een eigen huis. Huurtoeslag is voor huurders.",
                    "You own your home. Huurtoeslag is for tenants.");
            return;
        }
        if (f.rent == 0) {
            out.notMet("U betaalt geen huur.", "You pay no rent.");
            return;
        }
        long assetLimit = p.get(f.partner ? Param.HUURTOESLAG_ASSETS_PARTNER : Param.HUURTOESLAG_ASSETS_SINGLE);
        if (f.assets > assetLimit) {
            out.notMet("Uw spaargeld en bezit " + Money.nl(f.assets) + " is hoger dan de grens van "
                    + Money.nl(assetLimit) + ".", "Your savings and assets " + Money.en(f.assets)
                    + " are above the limit of " + Money.en(assetLimit) + ".");
            return;
        }
        if (f.assets == Facts.UNKNOWN) {
            out.unknown("De grens voor spaargeld en bezit is " + Money.nl(assetLimit) + ".",
                    "The limit for savings and assets is " + Money.en(assetLimit) + ".");
        }
        long counted = p.get(f.age >= p.count(Param.BIJSTAND_ADULT_AGE)
                ? Param.HUURTOESLAG_RENT_ADULT : Param.HUURTOESLAG_RENT_YOUNG);
        if (f.rent == Facts.UNKNOWN) {
            out.unknown("Wij weten uw huur niet. Huur boven " + Money.nl(counted) + " telt niet mee.",
                    "We do not know your rent. Rent above " + Money.en(counted) + " does not count.");
        } else {
            out.unknown("U betaalt " + Money.nl(f.rent) + " huur per maand. Huur boven " + Money.nl(counted)
                    + " telt niet mee. Of u huurtoeslag krijgt, hangt ook af van uw inkomen: kijk bij de "
                    + "Belastingdienst.", "You pay " + Money.en(f.rent) + " rent a month. Rent above "
                    + Money.en(counted) + " does not count. Whether you get huurtoeslag also depends on your income: "
                    + "check with the Belastingdienst.");
        }
    }
}
