package nl.waarhebikrechtop.eligibility;

import nl.waarhebikrechtop.content.LocalizedText;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;

/**
 * The situation reduced once per evaluation to the numbers the rules compare: cents, counts and "unknown" markers
 * ({@code -1} for an unknown amount or age). Also computes the norm that fits the household for the minima
 * schemes, as a range when an age is unknown.
 */
final class Facts {

    static final long UNKNOWN = -1;

    final Situation situation;
    final int age;
    final boolean partner;
    /** Partner's age, or -1 when unknown or when there is no partner. */
    final int partnerAge;
    final Answer aow;
    final Answer partnerAow;
    /** YES when the applicant or the partner has reached the AOW age: the household's supplement is then the AIO. */
    final Answer householdAow;
    final int childrenUnder18;
    /** Sum of the known income sources, in cents. */
    final long income;
    final boolean incomeComplete;
    final long assets;
    final long rent;
    final int monthsLow;
    /** Norm that fits the household (single/couple, AOW), assuming unknown ages are below AOW age. */
    final long referenceNormLow;
    /** The same assuming unknown ages have reached AOW age. Equal to the low value when nothing is unknown. */
    final long referenceNormHigh;
    private long checkedPercent = -1;
    private @Nullable IncomeCheck check;
    /** The norm parameters behind the two values above. */
    final Param referenceLow;
    final Param referenceHigh;

    Facts(Situation s, Snapshot p) {
        situation = s;
        age = s.age();
        partner = s.partner() != null;
        partnerAge = partner && s.partner().age() != null ? s.partner().age() : -1;
        int aowMonths = p.count(Param.AOW_AGE_MONTHS);
        aow = aowReached(age, aowMonths);
        partnerAow = partner ? (partnerAge < 0 ? Answer.UNKNOWN : aowReached(partnerAge, aowMonths)) : Answer.NO;
        householdAow = aow == Answer.YES || partnerAow == Answer.YES ? Answer.YES
                : aow == Answer.NO && partnerAow == Answer.NO ? Answer.NO : Answer.UNKNOWN;
        int under18 = 0;
        int adultAge = p.count(Param.ADULT_AGE);
        for (Situation.Child child : s.children()) {
            if (child.age() < adultAge) {
                under18++;
            }
        }
        childrenUnder18 = under18;
        Income in = s.income();
        income = part(in.work()) + part(in.benefit()) + part(in.alimony()) + part(in.other());
        incomeComplete = in.complete();
        assets = s.assets() == null ? UNKNOWN : Money.cents(s.assets());
        rent = s.monthlyRent() == null ? UNKNOWN : Money.cents(s.monthlyRent());
        monthsLow = s.monthsAtOrBelowNorm() == null ? -1 : s.monthsAtOrBelowNorm();
        referenceLow = referenceNorm(aow == Answer.YES || partnerAow == Answer.YES);
        referenceHigh = referenceNorm(aow != Answer.NO || partnerAow != Answer.NO);
        referenceNormLow = p.get(referenceLow);
        referenceNormHigh = p.get(referenceHigh);
    }

    /** YES at or over AOW age, NO under it, UNKNOWN when age in whole years cannot tell (e.g. 67 vs 67y3m). */
    static Answer aowReached(int ageYears, int aowMonths) {
        if (ageYears * 12 >= aowMonths) {
            return Answer.YES;
        }
        return (ageYears + 1) * 12 <= aowMonths ? Answer.NO : Answer.UNKNOWN;
    }

    private static long part(@Nullable BigDecimal amount) {
        return amount == null ? 0 : Money.cents(amount);
    }

    private Param referenceNorm(boolean aowNorm) {
        if (aowNorm) {
            return partner ? Param.NORM_COUPLE_AOW : Param.NORM_SINGLE_AOW;
        }
        return partner ? Param.NORM_COUPLE : Param.NORM_SINGLE;
    }

    /**
     * The outcome of comparing the income with a percentage of the reference norm, with its texts.
     *
     * @param wouldQualifyIf the income gap, only when the income is above the limit
     */
    record IncomeCheck(Result outcome, LocalizedText reason, @Nullable LocalizedText wouldQualifyIf) {

        enum Result { WITHIN, UNKNOWN, ABOVE }
    }

    /** The income check already made for this percentage in this evaluation (several schemes use 120%). */
    @Nullable IncomeCheck incomeCheck(long percent) {
        return percent == checkedPercent ? check : null;
    }

    void rememberIncomeCheck(long percent, IncomeCheck result) {
        checkedPercent = percent;
        check = result;
    }

    boolean singleParent() {
        return !partner && childrenUnder18 > 0;
    }
}
