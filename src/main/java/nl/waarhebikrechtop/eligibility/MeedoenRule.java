package nl.waarhebikrechtop.eligibility;

import nl.waarhebikrechtop.content.LocalizedText;

import java.util.List;

/**
 * Meedoenpremie schoolgaande kinderen: a yearly credit per child under 18 in primary or secondary school (not MBO),
 * automatic for households with bijstand, otherwise by income.
 */
final class MeedoenRule implements SchemeRule {

    private static final LocalizedText AUTOMATIC = new LocalizedText("U krijgt bijstand. Dan krijgt u de premie "
            + "vanzelf.", "You receive bijstand, so you get the premium automatically.");

    @Override
    public String schemeId() {
        return "meedoenpremie";
    }

    @Override
    public List<Param> reads() {
        return List.of(Param.MEEDOEN_AGE_BELOW, Param.MEEDOEN_PRIMARY, Param.MEEDOEN_SECONDARY, Param.LIMIT_MEEDOEN,
                Param.NORM_SINGLE, Param.NORM_COUPLE, Param.NORM_SINGLE_AOW, Param.NORM_COUPLE_AOW, Param.UNCONFIRMED_MARGIN);
    }

    @Override
    public void evaluate(Facts f, Snapshot p, Outcome out) {
        int below = p.count(Param.MEEDOEN_AGE_BELOW);
        int primary = 0;
        int secondary = 0;
        int unknownSchool = 0;
        for (Situation.Child child : f.situation.children()) {
            if (child.age() >= below) {
                continue;
            }
            switch (child.school()) {
                case PRIMARY -> primary++;
                case SECONDARY -> secondary++;
                case UNKNOWN -> unknownSchool++;
                default -> { }
            }
        }
        if (primary + secondary == 0) {
            if (unknownSchool > 0) {
                out.unknown("Wij weten niet naar welke school uw kinderen gaan. De premie is voor de basisschool en "
                        + "het voortgezet onderwijs.", "We do not know which school your child(ren) go to. The "
                        + "premium is for primary and secondary school.");
            } else {
                out.notMet("U heeft geen kinderen jonger dan " + below + " jaar op de basisschool of het voortgezet "
                        + "onderwijs. Het mbo telt niet mee.", "You have no children under " + below
                        + " in primary or secondary school. MBO does not count.");
                return;
            }
        } else {
            out.met("Kinderen jonger dan " + below + " jaar op school: " + primary + " op de basisschool, " + secondary
                    + " op het voortgezet onderwijs.", "Children under " + below + " at school: " + primary
                    + " in primary, " + secondary + " in secondary school.");
        }
        if (f.situation.receivingBijstand() == Answer.YES) {
            out.met(AUTOMATIC);
        } else {
            IncomeTest.atMost(f, p, Param.LIMIT_MEEDOEN, out, Verdict.UNLIKELY);
        }
        long amount = primary * p.get(Param.MEEDOEN_PRIMARY) + secondary * p.get(Param.MEEDOEN_SECONDARY);
        if (amount > 0) {
            out.estimate(amount, Estimate.AmountPeriod.SCHOOL_YEAR, Money.nl(amount) + " per schooljaar, als tegoed "
                    + "in de webshop.", Money.en(amount) + " per school year, as credit in the web shop.");
        }
    }
}
