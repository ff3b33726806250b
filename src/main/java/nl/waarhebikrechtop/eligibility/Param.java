package nl.waarhebikrechtop.eligibility;

import nl.waarhebikrechtop.content.Unit;

/**
 * The dated parameters the rules read, by id in {@code content/parameters/}. Values are kept as longs in a
 * {@link Snapshot}: euros as cents, percentages as basis points (120% = 12000), years/months/weeks as counts.
 * Start-up fails when an id is missing or has another unit.
 */
enum Param {
    NORM_SINGLE("bijstand.norm.single", Unit.EUR_PER_MONTH),
    NORM_COUPLE("bijstand.norm.couple", Unit.EUR_PER_MONTH),
    NORM_SINGLE_18_20("bijstand.norm.single_18_20", Unit.EUR_PER_MONTH),
    NORM_COUPLE_18_20_CHILDREN("bijstand.norm.couple_18_20_children", Unit.EUR_PER_MONTH),
    NORM_COUPLE_18_20_NO_CHILDREN("bijstand.norm.couple_18_20_no_children", Unit.EUR_PER_MONTH),
    NORM_COUPLE_MIXED_CHILDREN("bijstand.norm.couple_mixed_children", Unit.EUR_PER_MONTH),
    NORM_COUPLE_MIXED_NO_CHILDREN("bijstand.norm.couple_mixed_no_children", Unit.EUR_PER_MONTH),
    NORM_SINGLE_AOW("bijstand.norm.single_aow", Unit.EUR_PER_MONTH),
    NORM_COUPLE_AOW("bijstand.norm.couple_aow", Unit.EUR_PER_MONTH),
    KOSTENDELER_BASE("bijstand.kostendeler.base", Unit.PERCENT),
    KOSTENDELER_STEP("bijstand.kostendeler.step", Unit.PERCENT),
    KOSTENDELER_MIN_AGE("bijstand.kostendeler.min_age", Unit.YEARS),
    BIJSTAND_MIN_AGE("bijstand.min_age", Unit.YEARS),
    BIJSTAND_ADULT_AGE("bijstand.adult_age", Unit.YEARS),
    ZOEKTERMIJN_AGE("bijstand.zoektermijn.age", Unit.YEARS),
    ZOEKTERMIJN_WEEKS("bijstand.zoektermijn.weeks", Unit.WEEKS),
    ASSETS_SINGLE("bijstand.vermogen.single", Unit.EUR),
    ASSETS_FAMILY("bijstand.vermogen.family", Unit.EUR),
    HOME_EQUITY("bijstand.vermogen.home_equity", Unit.EUR),
    AOW_AGE_MONTHS("aow.age_months", Unit.MONTHS),
    ADULT_AGE("general.adult_age", Unit.YEARS),
    UNCONFIRMED_MARGIN("general.unconfirmed_margin", Unit.PERCENT),
    LIMIT_KINDPAKKET("minima.limit.kindpakket", Unit.PERCENT),
    LIMIT_SPORTCULTUUR("minima.limit.sportcultuur", Unit.PERCENT),
    LIMIT_MEEDOEN("minima.limit.meedoen", Unit.PERCENT),
    LIMIT_BIJZONDERE_BIJSTAND("minima.limit.bijzondere_bijstand", Unit.PERCENT),
    LIMIT_ZORGVERZEKERING("minima.limit.zorgverzekering", Unit.PERCENT),
    LIMIT_IIT("minima.limit.iit", Unit.PERCENT),
    LIMIT_KWIJTSCHELDING("minima.limit.kwijtschelding", Unit.PERCENT),
    MEEDOEN_PRIMARY("meedoen.amount.primary", Unit.EUR_PER_SCHOOL_YEAR),
    MEEDOEN_SECONDARY("meedoen.amount.secondary", Unit.EUR_PER_SCHOOL_YEAR),
    MEEDOEN_AGE_BELOW("meedoen.age_below", Unit.YEARS),
    SPORTCULTUUR_AMOUNT("sportcultuur.amount", Unit.EUR_PER_YEAR),
    SPORTCULTUUR_MIN_AGE("sportcultuur.min_age", Unit.YEARS),
    KINDPAKKET_MAX_AGE("kindpakket.max_age", Unit.YEARS),
    IIT_MIN_AGE("iit.min_age", Unit.YEARS),
    IIT_MIN_MONTHS("iit.min_months", Unit.MONTHS),
    IIT_SINGLE("iit.amount.single", Unit.EUR_PER_YEAR),
    IIT_SINGLE_PARENT("iit.amount.single_parent", Unit.EUR_PER_YEAR),
    IIT_COUPLE("iit.amount.couple", Unit.EUR_PER_YEAR),
    KWIJTSCHELDING_CAR("kwijtschelding.car_value", Unit.EUR),
    ZORGTOESLAG_SINGLE("zorgtoeslag.income_limit.single", Unit.EUR_PER_YEAR),
    ZORGTOESLAG_PARTNER("zorgtoeslag.income_limit.partner", Unit.EUR_PER_YEAR),
    ZORGTOESLAG_MIN_AGE("zorgtoeslag.min_age", Unit.YEARS),
    HUURTOESLAG_ASSETS_SINGLE("huurtoeslag.asset_limit.single", Unit.EUR),
    HUURTOESLAG_ASSETS_PARTNER("huurtoeslag.asset_limit.partner", Unit.EUR),
    HUURTOESLAG_RENT_ADULT("huurtoeslag.counted_rent.adult", Unit.EUR_PER_MONTH),
    HUURTOESLAG_RENT_YOUNG("huurtoeslag.counted_rent.young", Unit.EUR_PER_MONTH),
    KGB_ASSETS_SINGLE("kindgebonden_budget.asset_limit.single", Unit.EUR),
    KGB_ASSETS_PARTNER("kindgebonden_budget.asset_limit.partner", Unit.EUR),
    KGB_AGE_BELOW("kindgebonden_budget.age_below", Unit.YEARS);

    private final String id;
    private final Unit unit;

    Param(String id, Unit unit) {
        this.id = id;
        this.unit = unit;
    }

    String id() {
        return id;
    }

    Unit unit() {
        return unit;
    }
}
