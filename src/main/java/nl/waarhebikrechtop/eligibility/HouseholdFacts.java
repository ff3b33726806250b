package nl.waarhebikrechtop.eligibility;

/**
 * Facts about the household that the rules worked out and that other features need (the walkthrough, "Wat als…"),
 * so that none of them repeats a rule or reads a parameter.
 *
 * @param costSharers        housemates and adult children who count for the kostendelersnorm (the partner not
 *                           included), as the bijstand rule counted them
 * @param costSharerMinAge   from this age a housemate can count as a cost sharer, on the date of the check
 * @param searchPeriod       the applicant must first look for work for some weeks (zoektermijn) before applying for
 *                           bijstand
 * @param boardsCommercially the resident rents a room from or boards with someone in the home on a written,
 *                           commercial agreement
 * @param meedoenAgeBelow    the Meedoenpremie is for children younger than this, on the date of the check
 * @param sportCultureMinAge the sport and culture contribution is for adults of this age and older
 */
public record HouseholdFacts(int costSharers, int costSharerMinAge, boolean searchPeriod,
                             boolean boardsCommercially, int meedoenAgeBelow, int sportCultureMinAge) {
}
