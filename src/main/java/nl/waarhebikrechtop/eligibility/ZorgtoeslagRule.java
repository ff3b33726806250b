package nl.waarhebikrechtop.eligibility;


import java.util.List;
import java.util.Map;

import static nl.waarhebikrechtop.eligibility.Args.amount;

/**
 * Pointer to zorgtoeslag (Belastingdienst). The limit is a gross yearly income; the check only knows net monthly
 * income, so it can say "no" when the net income alone is above the limit, and otherwise only "maybe".
 */
final class ZorgtoeslagRule implements SchemeRule {

    static final int MONTHS_PER_YEAR = 12;
    @Override
    public String schemeId() {
        return "zorgtoeslag";
    }

    @Override
    public List<Param> reads() {
        return List.of(Param.ZORGTOESLAG_MIN_AGE, Param.ZORGTOESLAG_SINGLE, Param.ZORGTOESLAG_PARTNER);
    }

    @Override
    public void evaluate(Facts f, Snapshot p, Outcome out) {
        int minAge = p.count(Param.ZORGTOESLAG_MIN_AGE);
        if (f.age < minAge) {
            out.notMet(out.text("zorgtoeslag.too-young", Map.of("minAge", minAge)));
            return;
        }
        long limit = p.get(f.partner ? Param.ZORGTOESLAG_PARTNER : Param.ZORGTOESLAG_SINGLE);
        long yearly = f.income * MONTHS_PER_YEAR;
        if (yearly > limit) {
            out.notMet(out.text("zorgtoeslag.above-limit", Map.of("yearly", amount(yearly), "limit", amount(limit))));
            return;
        }
        out.unknown(out.text("zorgtoeslag.check", Map.of("limit", amount(limit))));
    }
}
