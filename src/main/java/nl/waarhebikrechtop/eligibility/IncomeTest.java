package nl.waarhebikrechtop.eligibility;

/**
 * The income test most minima schemes share: household income at most a percentage of the norm that fits the
 * household. Writes the condition with the figures used and, above the limit, the income gap.
 */
final class IncomeTest {

    private IncomeTest() {
    }

    /**
     * @param limit      the percentage parameter
     * @param whenAbove  the verdict when income is clearly above the limit (UNLIKELY, or MAYBE where a further
     *                   calculation such as draagkracht may still help)
     * @return true when the income is known and within the limit
     */
    static boolean atMost(Facts f, Snapshot p, Param limit, Outcome out, Verdict whenAbove) {
        long percent = p.get(limit);
        long low = Money.percentOf(f.referenceNormLow, percent);
        long high = Money.percentOf(f.referenceNormHigh, percent);
        String pctNl = Money.percentNl(percent);
        String pctEn = Money.percentEn(percent);
        String ofNormNl = ": " + pctNl + " van de norm die bij uw huishouden past.";
        String ofNormEn = ": " + pctEn + " of the norm that fits your household.";
        if (f.income > high) {
            String nl = f.incomeComplete
                    ? "Uw inkomen " + Money.nl(f.income) + " is hoger dan " + Money.nl(high) + ofNormNl
                    : "U weet niet al uw inkomsten. Wat u wel weet, " + Money.nl(f.income) + ", is al hoger dan "
                    + Money.nl(high) + ofNormNl;
            String en = f.incomeComplete
                    ? "Your income " + Money.en(f.income) + " is higher than " + Money.en(high) + ofNormEn
                    : "You do not know all your income. What you do know, " + Money.en(f.income)
                    + ", is already higher than " + Money.en(high) + ofNormEn;
            if (whenAbove == Verdict.UNLIKELY) {
                out.notMet(nl, en);
            } else {
                out.unknown(nl, en);
            }
            long gap = f.income - high;
            out.wouldQualifyIf("U komt misschien wel in aanmerking als uw inkomen " + Money.nl(gap)
                            + " lager is: niet meer dan " + Money.nl(high) + " per maand.",
                    "You might qualify if your income were " + Money.en(gap) + " lower: at most "
                            + Money.en(high) + " a month.");
            return false;
        }
        if (!f.incomeComplete) {
            out.unknown("U weet niet al uw inkomsten. De grens is " + Money.nl(low) + ofNormNl,
                    "You do not know all your income. The limit is " + Money.en(low) + ofNormEn);
            return false;
        }
        if (f.income > low) {
            out.unknown("Uw inkomen " + Money.nl(f.income) + " is hoger dan " + Money.nl(low) + " maar niet hoger dan "
                            + Money.nl(high) + ". Welke grens geldt, hangt af van de AOW-leeftijd in uw huishouden.",
                    "Your income " + Money.en(f.income) + " is higher than " + Money.en(low) + " but not higher than "
                            + Money.en(high) + ". Which limit applies depends on the AOW age in your household.");
            return false;
        }
        if (f.income == low) {
            out.met("Uw inkomen " + Money.nl(f.income) + " is precies gelijk aan de grens van " + Money.nl(low)
                    + ofNormNl + " Dat mag nog.", "Your income " + Money.en(f.income) + " is exactly the limit of "
                    + Money.en(low) + ofNormEn + " That is still within the limit.");
        } else {
            out.met("Uw inkomen " + Money.nl(f.income) + " is lager dan " + Money.nl(low) + ofNormNl,
                    "Your income " + Money.en(f.income) + " is lower than " + Money.en(low) + ofNormEn);
        }
        return true;
    }
}
