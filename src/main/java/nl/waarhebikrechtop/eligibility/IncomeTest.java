package nl.waarhebikrechtop.eligibility;

import nl.waarhebikrechtop.content.LocalizedText;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;

import static nl.waarhebikrechtop.eligibility.Args.amount;
import static nl.waarhebikrechtop.eligibility.Args.percent;

/**
 * The income test most minima schemes share: household income at most a percentage of the norm that fits the
 * household. Writes the condition with the figures used (texts {@code income.*} in {@code content/reasons/}) and,
 * above the limit, the income gap. The limits are computed once per parameter snapshot.
 */
final class IncomeTest {

    /** The limit in cents for each reference norm, for one percentage parameter. */
    record Limits(long[] cents, long percent) {
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

    private IncomeTest() {
    }

    private static Limits limits(Snapshot p, Param limit) {
        long percent = p.get(limit);
        long[] cents = new long[NORMS.length];
        for (int i = 0; i < NORMS.length; i++) {
            cents[i] = Money.percentOf(p.get(NORMS[i]), percent);
        }
        return new Limits(cents, percent);
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
        Limits limits = p.cached(LIMITS.get(limit));
        Facts.IncomeCheck check = f.incomeCheck(percent);
        if (check == null) {
            check = check(f, limits, out);
            f.rememberIncomeCheck(percent, check);
        }
        switch (check.outcome()) {
            case ABOVE -> {
                long high = limits.cents()[index(f.referenceHigh)];
                if (whenAbove == Verdict.UNLIKELY && Unconfirmed.justAbove(p, f.income, high, limit, f.referenceHigh)) {
                    out.unknown(check.reason());
                    out.unknown(out.text("income.limit-unconfirmed",
                            Map.of("margin", percent(p.get(Param.UNCONFIRMED_MARGIN)))));
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
    private static Facts.IncomeCheck check(Facts f, Limits limits, Outcome out) {
        long low = limits.cents()[index(f.referenceLow)];
        long high = limits.cents()[index(f.referenceHigh)];
        Args.Amount income = amount(f.income);
        Args.Percent percent = percent(limits.percent());
        if (f.income > high) {
            LocalizedText reason = out.text("income.above-limit", Map.of("known", f.incomeComplete ? "all" : "part",
                    "income", income, "limit", amount(high), "percent", percent));
            LocalizedText gap = out.text("income.would-qualify", Map.of("gap", amount(f.income - high),
                    "limit", amount(high)));
            return new Facts.IncomeCheck(Facts.IncomeCheck.Result.ABOVE, reason, gap);
        }
        if (!f.incomeComplete) {
            return new Facts.IncomeCheck(Facts.IncomeCheck.Result.UNKNOWN, out.text("income.partly-unknown",
                    Map.of("limit", amount(low), "percent", percent)), null);
        }
        if (f.income > low) {
            return new Facts.IncomeCheck(Facts.IncomeCheck.Result.UNKNOWN, out.text("income.between-aow-limits",
                    Map.of("income", income, "low", amount(low), "high", amount(high))), null);
        }
        LocalizedText reason = out.text(f.income == low ? "income.at-limit" : "income.below-limit",
                Map.of("income", income, "limit", amount(low), "percent", percent));
        return new Facts.IncomeCheck(Facts.IncomeCheck.Result.WITHIN, reason, null);
    }
}
