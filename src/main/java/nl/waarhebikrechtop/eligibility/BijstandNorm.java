package nl.waarhebikrechtop.eligibility;

/**
 * The norm that fits a household (Participatiewet art. 20-22a): by age band and partner, with children for young
 * couples; the AOW-age norms when the applicant (single) or either partner has reached the AOW age, as the SVB uses
 * them for the AIO; then the kostendelersnorm when other adults of 27+ share the home, which the SVB applies to the
 * AIO as well (art. 22a; svb.nl on the AIO when you live with others).
 *
 * @param cents          the household's norm per month
 * @param withoutSharing the norm before the kostendelersnorm
 * @param param          the norm parameter used
 * @param costSharers    housemates who count as cost sharers (partner excluded)
 * @param uncertain      housemates of whom it is unknown whether they count
 * @param partnerUnclear true when the partner's age is unknown or under 18, so the norm is a guess
 */
record BijstandNorm(long cents, long withoutSharing, Param param, int costSharers, int uncertain,
                    boolean partnerUnclear) {

    static BijstandNorm of(Facts f, Snapshot p) {
        return of(f, p, false);
    }

    /** @param assumeAow use the AOW-age norms also when it is unknown whether someone has reached the AOW age */
    static BijstandNorm of(Facts f, Snapshot p, boolean assumeAow) {
        boolean aowHousehold = assumeAow || f.householdAow == Answer.YES;
        int adult = p.count(Param.BIJSTAND_ADULT_AGE);
        boolean children = f.childrenUnder18 > 0;
        boolean applicantAdult = f.age >= adult;
        boolean partnerUnclear = f.partner && (f.partnerAge < p.count(Param.BIJSTAND_MIN_AGE)
                || f.partnerAow == Answer.UNKNOWN);
        Param param;
        if (!f.partner) {
            param = aowHousehold ? Param.NORM_SINGLE_AOW
                    : applicantAdult ? Param.NORM_SINGLE : Param.NORM_SINGLE_18_20;
        } else if (aowHousehold) {
            param = Param.NORM_COUPLE_AOW;
        } else {
            // An unknown partner age is treated like the applicant's band; partnerUnclear makes the verdict MAYBE.
            boolean partnerAdult = f.partnerAge < 0 ? applicantAdult : f.partnerAge >= adult;
            if (applicantAdult && partnerAdult) {
                param = Param.NORM_COUPLE;
            } else if (applicantAdult || partnerAdult) {
                param = children ? Param.NORM_COUPLE_MIXED_CHILDREN : Param.NORM_COUPLE_MIXED_NO_CHILDREN;
            } else {
                param = children ? Param.NORM_COUPLE_18_20_CHILDREN : Param.NORM_COUPLE_18_20_NO_CHILDREN;
            }
        }
        long norm = p.get(param);
        if (!sharingApplies(param)) {
            return new BijstandNorm(norm, norm, param, 0, 0, partnerUnclear);
        }
        int minAge = p.count(Param.KOSTENDELER_MIN_AGE);
        int sharers = 0;
        int uncertain = 0;
        for (Situation.Housemate mate : f.situation.housemates()) {
            Boolean counts = mate.relation().canShareCosts();
            Integer age = mate.age();
            if (Boolean.FALSE.equals(counts) || age != null && age < minAge) {
                continue;
            }
            if (counts == null || age == null) {
                uncertain++;
            } else {
                sharers++;
            }
        }
        for (Situation.Child child : f.situation.children()) {
            if (child.age() >= minAge) {
                sharers++;
            }
        }
        if (sharers == 0) {
            return new BijstandNorm(norm, norm, param, 0, uncertain, partnerUnclear);
        }
        long married = p.get(aowNorm(param) ? Param.NORM_COUPLE_AOW : Param.NORM_COUPLE);
        int a = 1 + (f.partner ? 1 : 0) + sharers;
        long numerator = married * (p.get(Param.KOSTENDELER_BASE) + a * p.get(Param.KOSTENDELER_STEP));
        long denominator = a * 10000L;
        long perPerson = (numerator * 2 + denominator) / (denominator * 2);
        return new BijstandNorm(perPerson * (f.partner ? 2 : 1), norm, param, sharers, uncertain, partnerUnclear);
    }

    /** The kostendelersnorm applies to the 21+ norms and the AOW-age norms, not to the young people's norms. */
    private static boolean sharingApplies(Param param) {
        return param == Param.NORM_SINGLE || param == Param.NORM_COUPLE || aowNorm(param);
    }

    static boolean aowNorm(Param param) {
        return param == Param.NORM_SINGLE_AOW || param == Param.NORM_COUPLE_AOW;
    }

    /** The values this norm rests on, to tell whether it is confirmed. */
    Param[] behind() {
        if (!sharing()) {
            return new Param[]{param};
        }
        return new Param[]{param, aowNorm(param) ? Param.NORM_COUPLE_AOW : Param.NORM_COUPLE, Param.KOSTENDELER_BASE,
                Param.KOSTENDELER_STEP};
    }

    boolean sharing() {
        return costSharers > 0;
    }
}
