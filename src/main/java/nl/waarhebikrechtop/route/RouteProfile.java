package nl.waarhebikrechtop.route;

import nl.waarhebikrechtop.eligibility.Answer;
import nl.waarhebikrechtop.eligibility.HouseholdFacts;
import nl.waarhebikrechtop.eligibility.Situation;
import org.jspecify.annotations.Nullable;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * What the walkthrough knows about a resident's situation, just enough to highlight the steps and tips that apply.
 *
 * <p>The check turns the resident's {@code Situation} and the assessment's {@code HouseholdFacts} into a profile
 * with {@link #from} and stores it with {@link RouteProfileHolder#set}.
 *
 * @param costSharing the kostendelersnorm figures for this household, when the assessment has them
 */
public record RouteProfile(boolean under27, boolean housemates, @Nullable CostSharing costSharing, boolean boarder,
                           boolean moving, boolean debts, boolean children) implements Serializable {

    public RouteProfile {
        if (costSharing != null && !housemates) {
            throw new IllegalArgumentException("cost-sharing figures need housemates");
        }
    }

    /**
     * The profile from the facts the check asks for.
     *
     * @param applicantAge                the applicant's age in years
     * @param searchPeriodAgeLimit        below this age the search period (zoektermijn) applies: the dated parameter
     *                                    {@code bijstand.zoektermijn.age} on the day of the check
     * @param housematesCounting          people aged 27 or older in the home who count for the kostendelersnorm
     *                                    (not the partner, not students with study finance, not commercial
     *                                    boarders or tenants): the eligibility rules decide who counts
     * @param boarderWithWrittenAgreement the applicant rents a room or boards on a commercial, written agreement
     * @param movingFromAnotherMunicipality the applicant is moving here from another municipality
     * @param hasDebts                    the applicant or partner has debts
     * @param children                    children living at home
     * @param costSharing                 figures from the assessment, or null when there are none
     */
    public static RouteProfile fromHousehold(int applicantAge, int searchPeriodAgeLimit, int housematesCounting,
                                             boolean boarderWithWrittenAgreement,
                                             boolean movingFromAnotherMunicipality, boolean hasDebts, int children,
                                             @Nullable CostSharing costSharing) {
        return new RouteProfile(applicantAge < searchPeriodAgeLimit, housematesCounting > 0, costSharing,
                boarderWithWrittenAgreement, movingFromAnotherMunicipality, hasDebts, children > 0);
    }

    /**
     * The profile of a household as the eligibility rules judged it: who counts as a cost sharer, whether the search
     * period applies and whether the resident boards with someone on a commercial agreement come from the
     * assessment, so this package repeats no rule and reads no parameter.
     */
    public static RouteProfile from(Situation situation, HouseholdFacts household) {
        return new RouteProfile(household.searchPeriod(), household.costSharers() > 0, null,
                household.boardsCommercially(), situation.moving(), situation.debts() == Answer.YES,
                !situation.children().isEmpty());
    }

    /** A profile with just these situations, for tests and for residents who tick them themselves. */
    public static RouteProfile of(RouteTag... tags) {
        Set<RouteTag> set = tags.length == 0 ? EnumSet.noneOf(RouteTag.class) : EnumSet.of(tags[0], tags);
        return new RouteProfile(set.contains(RouteTag.UNDER_27), set.contains(RouteTag.HOUSEMATES), null,
                set.contains(RouteTag.BOARDER), set.contains(RouteTag.MOVING), set.contains(RouteTag.DEBTS),
                set.contains(RouteTag.CHILDREN));
    }

    public RouteProfile withCostSharing(CostSharing figures) {
        return new RouteProfile(under27, true, Objects.requireNonNull(figures), boarder, moving, debts, children);
    }

    public Set<RouteTag> tags() {
        Set<RouteTag> tags = EnumSet.noneOf(RouteTag.class);
        if (under27) tags.add(RouteTag.UNDER_27);
        if (housemates) tags.add(RouteTag.HOUSEMATES);
        if (boarder) tags.add(RouteTag.BOARDER);
        if (moving) tags.add(RouteTag.MOVING);
        if (debts) tags.add(RouteTag.DEBTS);
        if (children) tags.add(RouteTag.CHILDREN);
        return tags;
    }

    /**
     * The kostendelersnorm for this household, as the eligibility rules computed it (the rule and the dated norms
     * live there; this package only explains them).
     *
     * @param peopleSharing          people aged 27 or older sharing the home, the applicant included
     * @param percentageOfCoupleNorm each person's norm as a percentage of the norm for a married couple
     * @param monthlyNorm            the resulting norm per month in euros, or null when not known
     */
    public record CostSharing(int peopleSharing, BigDecimal percentageOfCoupleNorm, @Nullable BigDecimal monthlyNorm)
            implements Serializable {

        public CostSharing {
            if (peopleSharing < 2) {
                throw new IllegalArgumentException("cost sharing needs at least two people, got " + peopleSharing);
            }
            Objects.requireNonNull(percentageOfCoupleNorm);
        }
    }
}
