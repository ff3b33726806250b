package nl.waarhebikrechtop.eligibility;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Everything a resident tells the check, as one immutable value. It is the only thing that travels between the
 * questionnaire, the API, applications and the rules. The date of the check is not part of it: pass it to
 * {@link EligibilityService#evaluate(Situation, java.time.LocalDate)}.
 * <p>
 * "Weet ik niet" (don't know) is {@code null} for numbers and {@link Answer#UNKNOWN}, {@link School#UNKNOWN} or
 * {@link Relation#UNKNOWN} for choices. Rules turn unknowns into MAYBE, never into a "no". A Situation may be
 * built with absurd values (that is what the JSON API receives); {@link SituationValidator} reports them per field
 * and {@link EligibilityService#evaluate} refuses them.
 *
 * @param municipality         where the resident lives (or is moving to)
 * @param moving               true when the resident does not live there yet but is moving there
 * @param age                  the applicant's age in years
 * @param partner              the married or cohabiting partner, {@code null} when there is none
 * @param children             the children living at home, of any age
 * @param housemates           other adults living in the home (not the partner, not the children above)
 * @param income               net monthly household income by source (applicant and partner together); kindgebonden
 *                             budget and the single-parent supplement are left out
 * @param assets               savings and other assets of the household in euros; {@code null} = don't know
 * @param ownHome              whether the household owns the home it lives in
 * @param debts                whether the household has debts (UNKNOWN = "not sure")
 * @param receivingBijstand    whether the household receives bijstand now
 * @param monthsAtOrBelowNorm  for how many months the income has been at or below the bijstand norm; {@code null} =
 *                             don't know
 * @param monthlyRent          rent per month in euros; {@code null} = don't know or not renting
 * @param studyFinance         whether the applicant receives, or could receive, study finance (WSF 2000) or a WTOS
 *                             allowance, which excludes bijstand (Participatiewet art. 13 lid 2 sub c); {@code null}
 *                             is read as UNKNOWN (a stored household or an API client that did not answer)
 */
public record Situation(
        HomeMunicipality municipality,
        boolean moving,
        int age,
        @Nullable Partner partner,
        List<Child> children,
        List<Housemate> housemates,
        Income income,
        @Nullable BigDecimal assets,
        Answer ownHome,
        Answer debts,
        Answer receivingBijstand,
        @Nullable Integer monthsAtOrBelowNorm,
        @Nullable BigDecimal monthlyRent,
        Answer studyFinance) {

    public static final int MIN_AGE = 15;
    public static final int MAX_AGE = 120;
    public static final int MAX_CHILDREN = 20;
    public static final int MAX_HOUSEMATES = 20;
    public static final int MAX_MONTHS = 1200;
    /**
     * Study finance (WSF 2000) and the WTOS allowance are for people who start before the age of 30 (duo.nl), so the
     * check asks about studies only below this age; older applicants answer NO without being asked.
     */
    public static final int STUDY_FINANCE_BELOW_AGE = 30;
    /** Highest amount accepted for an income source or the rent, per month. */
    public static final BigDecimal MAX_MONTHLY_AMOUNT = new BigDecimal("1000000");
    /** Highest amount accepted for assets. */
    public static final BigDecimal MAX_ASSETS = new BigDecimal("1000000000");

    public Situation {
        // Copies keep the value immutable; null elements survive so that the validator can name them.
        children = children == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(children));
        housemates = housemates == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(housemates));
        studyFinance = studyFinance == null ? Answer.UNKNOWN : studyFinance;
    }

    /**
     * The partner the applicant is married to or lives with.
     *
     * @param age the partner's age in years; {@code null} = don't know
     */
    public record Partner(@Nullable Integer age) {
    }

    /**
     * A child living at home.
     *
     * @param age    age in years
     * @param school the school the child goes to
     */
    public record Child(int age, School school) {
    }

    /**
     * Another adult in the home.
     *
     * @param age      age in years; {@code null} = don't know
     * @param relation how this person relates to the household
     */
    public record Housemate(@Nullable Integer age, Relation relation) {
    }

    public boolean hasPartner() {
        return partner != null;
    }

    public Situation withIncome(Income newIncome) {
        return new Situation(municipality, moving, age, partner, children, housemates, newIncome, assets, ownHome,
                debts, receivingBijstand, monthsAtOrBelowNorm, monthlyRent, studyFinance);
    }

    public Situation withAssets(@Nullable BigDecimal newAssets) {
        return new Situation(municipality, moving, age, partner, children, housemates, income, newAssets, ownHome,
                debts, receivingBijstand, monthsAtOrBelowNorm, monthlyRent, studyFinance);
    }

    public Situation withHousemates(List<Housemate> newHousemates) {
        return new Situation(municipality, moving, age, partner, children, newHousemates, income, assets, ownHome,
                debts, receivingBijstand, monthsAtOrBelowNorm, monthlyRent, studyFinance);
    }

    public Situation withChild(Child child) {
        List<Child> more = new ArrayList<>(children);
        more.add(child);
        return new Situation(municipality, moving, age, partner, more, housemates, income, assets, ownHome,
                debts, receivingBijstand, monthsAtOrBelowNorm, monthlyRent, studyFinance);
    }
}
