package nl.waarhebikrechtop.eligibility;

import java.util.List;
import java.util.Map;

import static nl.waarhebikrechtop.eligibility.Args.amount;

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
            out.notMet(out.text("huurtoeslag.own-home"));
            return;
        }
        if (f.rent == 0) {
            out.notMet(out.text("huurtoeslag.no-rent"));
            return;
        }
        long assetLimit = p.get(f.partner ? Param.HUURTOESLAG_ASSETS_PARTNER : Param.HUURTOESLAG_ASSETS_SINGLE);
        if (f.assets > assetLimit) {
            out.notMet(out.text("huurtoeslag.assets-above", Map.of("assets", amount(f.assets),
                    "limit", amount(assetLimit))));
            return;
        }
        if (f.assets == Facts.UNKNOWN) {
            out.unknown(out.text("huurtoeslag.assets-unknown", Map.of("limit", amount(assetLimit))));
        }
        long counted = p.get(f.age >= p.count(Param.BIJSTAND_ADULT_AGE)
                ? Param.HUURTOESLAG_RENT_ADULT : Param.HUURTOESLAG_RENT_YOUNG);
        if (f.rent == Facts.UNKNOWN) {
            out.unknown(out.text("huurtoeslag.rent-unknown", Map.of("counted", amount(counted))));
        } else {
            out.unknown(out.text("huurtoeslag.rent", Map.of("rent", amount(f.rent), "counted", amount(counted))));
        }
    }
}
