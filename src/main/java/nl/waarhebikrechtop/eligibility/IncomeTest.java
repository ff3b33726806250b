package nl.waarhebikrechtop.eligibility;

import nl.waarhebikrechtop.content.LocalizedText;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The income test most minima schemes share: household income at most a percentage of the norm that fits the
 * household. Writes the condition with the figures used and, above the limit, the income gap. The limits and
 * their texts are computed once per parameter snapshot.
 */
final class IncomeTest {

    /** The limit for each reference norm, with its texts, for one percentage parameter. */
    record Limits(long[] cents, String[] nl, String[] en, String ofNormNl, String ofNormEn) {
    }

    private static final Param[] NORMS = {Param.NORM_SINGLE, Param.NORM_COUPLE, Param.NORM_SINGLE_AOW,
            Param.NORM_COUPLE_AOW};
    private static final Map<Param, Function<Snapshot, Limits>> LIMITS = new EnumMap<>(Param.class);

    static {
        for (Param limit : Param.values()) {
            if (limit.name().startsWith("LIMIT_")) {
                LIMITS.put(limit, p -> limits(p, limit));
            }
        }
    }

    private static final Function<Snapshot, LocalizedText> UNCONFIRMED_LIMIT = p -> new LocalizedText("Die grens is "
            + "nog niet bevestigd. De echte grens is misschien hoger. Uw inkomen ligt er minder dan "
            + Money.percentNl(p.get(Param.UNCONFIRMED_MARGIN)) + " boven. Vraag het daarom toch aan of vraag het na.",
            "That limit is not yet confirmed. The real limit may be higher. Your income is less than "
                    + Money.percentEn(p.get(Param.UNCONFIRMED_MARGIN)) + " above it. So do apply, or ask.");

    private IncomeTest() {
    }

    private static Limits limits(Snapshot p, Param limit) {
        long percent = p.get(limit);
        long[] cents = new long[NORMS.length];
        String[] nl = new String[NORMS.length];
        String[] en = new String[NORMS.length];
        for (int i = 0; i < NORMS.length; i++) {
            cents[i] = Money.percentOf(p.get(NORMS[i]), percent);
            nl[i] = Money.nl(cents[i]);
            en[i] = Money.en(cents[i]);
        }
        return new Limits(cents, nl, en, ": " + Money.percentNl(percent) + " van de norm die bij uw huishouden past.",
                ": " + Money.percentEn(percent) + " of the norm that fits your household.");
    }

    private static int index(Param norm) {
        return switch (norm) {
            case NORM_SINGLE -> 0;
            case NORM_COUPLE -> 1;
            case NORM_SINGLE_AOW -> 2;
            default -> 3;
        };
    }

    /**
     * @param limit     the percentage parameter
     * @param whenAbove the verdict when income is clearly above the limit (UNLIKELY, or MAYBE where a further
     *                  calculation such as draagkracht may still help)
     * @return true when the income is known and within the limit
     */
    static boolean atMost(Facts f, Snapshot p, Param limit, Outcome out, Verdict whenAbove) {
        long percent = p.get(limit);
        Facts.IncomeCheck check = f.incomeCheck(percent);
        if (check == null) {
            check = check(f, p.cached(LIMITS.get(limit)));
            f.rememberIncomeCheck(percent, check);
        }
        switch (check.outcome()) {
            case ABOVE -> {
                long high = p.cached(LIMITS.get(limit)).cents()[index(f.referenceHigh)];
                if (whenAbove == Verdict.UNLIKELY && Unconfirmed.justAbove(p, f.income, high, limit, f.referenceHigh)) {
                    out.unknown(check.reason());
                    out.unknown(p.cached(UNCONFIRMED_LIMIT));
                } else if (whenAbove == Verdict.UNLIKELY) {
                    out.notMet(check.reason());
                } else {
                    out.unknown(check.reason());
                }
                out.wouldQualifyIf(check.wouldQualifyIf());
            }
            case UNKNOWN -> out.unknown(check.reason());
            case WITHIN -> out.met(check.reason());
        }
        return check.outcome() == Facts.IncomeCheck.Result.WITHIN;
    }

    /** The comparison and its texts; schemes with the same percentage share it within one evaluation. */
    private static Facts.IncomeCheck check(Facts f, Limits limits) {
        int lowIndex = index(f.referenceLow);
        int highIndex = index(f.referenceHigh);
        long low = limits.cents()[lowIndex];
        long high = limits.cents()[highIndex];
        String income = f.incomeNl();
        String incomeEn = f.incomeEn();
        if (f.income > high) {
            String nl = f.incomeComplete
                    ? "Uw inkomen " + income + " is hoger dan " + limits.nl()[highIndex] + limits.ofNormNl()
                    : "U weet niet al uw inkomsten. Wat u wel weet, " + income + ", is al hoger dan "
                    + limits.nl()[highIndex] + limits.ofNormNl();
            String en = f.incomeComplete
                    ? "Your income " + incomeEn + " is higher than " + limits.en()[highIndex] + limits.ofNormEn()
                    : "You do not know all your income. What you do know, " + incomeEn
                    + ", is already higher than " + limits.en()[highIndex] + limits.ofNormEn();
            long gap = f.income - high;
            return new Facts.IncomeCheck(Facts.IncomeCheck.Result.ABOVE, new LocalizedText(nl, en),
                    new LocalizedText("U komt misschien wel in aanmerking als uw inkomen " + Money.nl(gap)
                            + " lager is: niet meer dan " + limits.nl()[highIndex] + " per maand.",
                            "You might qualify if your income were " + Money.en(gap) + " lower: at most "
                                    + limits.en()[highIndex] + " a month."));
        }
        if (!f.incomeComplete) {
            return unknown("U weet niet al uw inkomsten. De grens is " + limits.nl()[lowIndex] + limits.ofNormNl(),
                    "You do not know all your income. The limit is " + limits.en()[lowIndex] + limits.ofNormEn());
        }
        if (f.income > low) {
            return unknown("Uw inkomen " + income + " is hoger dan " + limits.nl()[lowIndex] + " maar niet hoger dan "
                            + limits.nl()[highIndex] + ". Welke grens geldt, hangt af van de AOW-leeftijd in uw "
                            + "huishouden.", "Your income " + incomeEn + " is higher than " + limits.en()[lowIndex]
                            + " but not higher than " + limits.en()[highIndex] + ". Which limit applies depends on the "
                            + "AOW age in your household.");
        }
        LocalizedText reason = f.income == low
                ? new LocalizedText("Uw inkomen " + income + " is precies gelijk aan de grens van "
                + limits.nl()[lowIndex] + limits.ofNormNl() + " Dat mag nog.", "Your income " + incomeEn
                + " is exactly the limit of " + limits.en()[lowIndex] + limits.ofNormEn()
                + " That is still within the limit.")
                : new LocalizedText("Uw inkomen " + income + " is lager dan " + limits.nl()[lowIndex]
                + limits.ofNormNl(), "Your income " + incomeEn + " is lower than " + limits.en()[lowIndex]
                + limits.ofNormEn());
        return new Facts.IncomeCheck(Facts.IncomeCheck.Result.WITHIN, reason, null);
    }

    private static Facts.IncomeCheck unknown(String nl, String en) {
        return new Facts.IncomeCheck(Facts.IncomeCheck.Result.UNKNOWN, new LocalizedText(nl, en), null);
    }
}
