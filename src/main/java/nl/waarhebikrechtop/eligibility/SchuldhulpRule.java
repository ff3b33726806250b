package nl.waarhebikrechtop.eligibility;

import java.util.List;

/** Schuldhulp by the GKB (Gemeentelijke Kredietbank): for anyone with debts, whatever the income. */
final class SchuldhulpRule implements SchemeRule {

    @Override
    public String schemeId() {
        return "schuldhulp";
    }

    @Override
    public List<Param> reads() {
        return List.of();
    }

    @Override
    public void evaluate(Facts f, Snapshot p, Outcome out) {
        switch (f.situation.debts()) {
            case YES -> out.met(out.text("schuldhulp.debts"));
            case UNKNOWN -> out.unknown(out.text("schuldhulp.not-sure"));
            case NO -> out.notMet(out.text("schuldhulp.no-debts"));
        }
        if (f.situation.debts() != Answer.NO && f.situation.receivingBijstand() != Answer.NO) {
            out.note(out.text("schuldhulp.referral"));
        }
    }
}
