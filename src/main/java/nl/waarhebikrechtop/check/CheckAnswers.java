package nl.waarhebikrechtop.check;

import nl.waarhebikrechtop.eligibility.Answer;
import nl.waarhebikrechtop.eligibility.HomeMunicipality;
import nl.waarhebikrechtop.eligibility.Income;
import nl.waarhebikrechtop.eligibility.Relation;
import nl.waarhebikrechtop.eligibility.School;
import nl.waarhebikrechtop.eligibility.Situation;
import org.jspecify.annotations.Nullable;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The answers a resident has given so far, one field per question. It lives only in the resident's session (the
 * check is anonymous) and is small on purpose. {@code null} means "not answered yet"; "weet ik niet" has its own
 * value ({@link Answer#UNKNOWN}, or an {@code ...Unknown} flag for numbers).
 */
public final class CheckAnswers implements Serializable {

    /** Where the resident is in the questionnaire (a screen index, or -1 for the summary), so a rebuilt page resumes. */
    public int step;
    public boolean returnToSummary;

    /** Where the resident lives: one of the three municipalities, or somewhere else. */
    public @Nullable HomeMunicipality livesIn;
    /** For residents elsewhere: the municipality they are moving to, or ELSEWHERE when they are not moving here. */
    public @Nullable HomeMunicipality movingTo;

    public @Nullable Integer age;
    public @Nullable Boolean hasPartner;
    public @Nullable Integer partnerAge;
    public boolean partnerAgeUnknown;

    public @Nullable Integer childCount;
    public final List<ChildAnswer> children = new ArrayList<>();

    public @Nullable Integer housemateCount;
    public final List<HousemateAnswer> housemates = new ArrayList<>();

    /** Income per source, indexed by {@link IncomeSource#ordinal()}; null = not answered. */
    public final MoneyAnswer[] income = new MoneyAnswer[IncomeSource.values().length];
    public @Nullable MoneyAnswer assets;
    public @Nullable Answer ownHome;
    public @Nullable Answer debts;
    public @Nullable Answer receivingBijstand;
    /** Study finance or a WTOS allowance, received or possible (the applicant only); null when not asked. */
    public @Nullable Answer studyFinance;
    public @Nullable Integer monthsLowIncome;
    public boolean monthsLowIncomeUnknown;
    /** Monthly rent; {@link MoneyAnswer#NOT_APPLICABLE} when the resident does not rent. */
    public @Nullable MoneyAnswer rent;

    /** The sources of income the questionnaire asks about, in order. */
    public enum IncomeSource { WORK, BENEFIT, ALIMONY, OTHER }

    /** A child's answers. */
    public static final class ChildAnswer implements Serializable {
        public @Nullable Integer age;
        public @Nullable School school;
    }

    /** Another adult in the home. */
    public static final class HousemateAnswer implements Serializable {
        public @Nullable Integer age;
        public boolean ageUnknown;
        public @Nullable Relation relation;
    }

    /**
     * An amount, "weet ik niet", or (for the rent) "does not apply".
     *
     * @param amount the amount, or null for "weet ik niet" and "does not apply"
     */
    public record MoneyAnswer(@Nullable BigDecimal amount, boolean unknown) implements Serializable {
        public static final MoneyAnswer UNKNOWN = new MoneyAnswer(null, true);
        public static final MoneyAnswer NOT_APPLICABLE = new MoneyAnswer(null, false);

        public static MoneyAnswer of(BigDecimal amount) {
            return new MoneyAnswer(amount, false);
        }
    }

    /** Grows or shrinks the list of children to the given count, keeping what was already filled in. */
    public void resizeChildren(int count) {
        while (children.size() < count) {
            children.add(new ChildAnswer());
        }
        while (children.size() > count) {
            children.removeLast();
        }
    }

    public void resizeHousemates(int count) {
        while (housemates.size() < count) {
            housemates.add(new HousemateAnswer());
        }
        while (housemates.size() > count) {
            housemates.removeLast();
        }
    }

    public HomeMunicipality municipality() {
        if (livesIn == null || livesIn == HomeMunicipality.ELSEWHERE) {
            return movingTo == null ? HomeMunicipality.ELSEWHERE : movingTo;
        }
        return livesIn;
    }

    /** True once every question that matters has an answer: the summary and the results can be shown. */
    public boolean complete() {
        return livesIn != null && age != null && hasPartner != null && childCount != null
                && housemateCount != null && assets != null && ownHome != null && debts != null
                && receivingBijstand != null && (rent != null || ownHome == Answer.YES)
                && List.of(income).stream().allMatch(a -> a != null);
    }

    /** The answers as the rules read them. Unanswered questions count as "weet ik niet". */
    public Situation toSituation() {
        HomeMunicipality municipality = municipality();
        boolean moving = livesIn == HomeMunicipality.ELSEWHERE && municipality != HomeMunicipality.ELSEWHERE;
        Situation.Partner partner = Boolean.TRUE.equals(hasPartner)
                ? new Situation.Partner(partnerAgeUnknown ? null : partnerAge) : null;
        List<Situation.Child> kids = new ArrayList<>(children.size());
        for (ChildAnswer child : children) {
            kids.add(new Situation.Child(child.age == null ? 0 : child.age,
                    child.school == null ? School.UNKNOWN : child.school));
        }
        List<Situation.Housemate> others = new ArrayList<>(housemates.size());
        for (HousemateAnswer housemate : housemates) {
            others.add(new Situation.Housemate(housemate.ageUnknown ? null : housemate.age,
                    housemate.relation == null ? Relation.UNKNOWN : housemate.relation));
        }
        Income money = new Income(amount(income[0]), amount(income[1]), amount(income[2]), amount(income[3]));
        return new Situation(municipality, moving, age == null ? 0 : age, partner, kids, others, money,
                amount(assets), orUnknown(ownHome), orUnknown(debts), orUnknown(receivingBijstand),
                monthsLowIncomeUnknown ? null : monthsLowIncome, rent == null ? null : rent.amount(),
                studyFinanceAnswer());
    }

    private static @Nullable BigDecimal amount(@Nullable MoneyAnswer answer) {
        return answer == null ? null : answer.amount();
    }

    /** Only applicants who can still get study finance (younger than the age it ends) are asked about it. */
    public boolean asksAboutStudies() {
        return age == null || age < Situation.STUDY_FINANCE_BELOW_AGE;
    }

    /**
     * Older applicants are not asked about study finance (they cannot get it); a younger one who was not asked, for
     * instance after changing the age on the summary, counts as "weet ik niet" until the question is answered.
     */
    private Answer studyFinanceAnswer() {
        return asksAboutStudies() ? orUnknown(studyFinance) : Answer.NO;
    }

    private static Answer orUnknown(@Nullable Answer answer) {
        return answer == null ? Answer.UNKNOWN : answer;
    }
}
