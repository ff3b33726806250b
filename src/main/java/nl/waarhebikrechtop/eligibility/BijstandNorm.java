package nl.waarhebikrechtop.eligibility;

/**
 * The bijstand norm that fits a household below AOW age (Participatiewet art. 20-22a): by age band and partner,
 * with children for young couples, then the kostendelersnorm when other adults of 27+ share the home.
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
        int adult = p.count(Param.BIJSTAND_ADULT_AGE);
        boolean children = f.childrenUnder18 > 0;
        boolean applicantAdult = f.age >= adult;
        boolean partnerUnclear = f.partner && (f.partnerAge < p.count(Param.BIJSTAND_MIN_AGE)
                || f.partnerAow == Answer.UNKNOWN);
        Param param;
        if (!f.partner) {
            param = applicantAdult ? Param.NORM_SINGLE : Param.NORM_SINGLE_18_20;
        } else if (f.partnerAow == Answer.YES) {
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
        if (param != Param.NORM_SINGLE && param != Param.NORM_COUPLE && param != Param.NORM_COUPLE_AOW) {
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
        long married = p.get(param == Param.NORM_COUPLE_AOW ? Param.NORM_COUPLE_AOW : Param.NORM_COUPLE);
        int a = 1 + (f.partner ? 1 : 0) + sharers;
        long numerator = married * (p.get(Param.KOSTENDELER_BASE) + a * p.get(Param.KOSTENDELER_STEP));
        long denominator = a * 10000L;
        long perPerson = (numerator * 2 + denominator) / (denominator * 2);
        return new BijstandNorm(perPerson * (f.partner ? 2 : 1), norm, param, sharers, uncertain, partnerUnclear);
    }

    boolean sharing() {
        return costSharers > 0;
    }
}
