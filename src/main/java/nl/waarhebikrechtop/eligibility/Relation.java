package nl.waarhebikrechtop.eligibility;

import org.jspecify.annotations.Nullable;

/**
 * How another adult in the home relates to the resident. Decides whether that person counts as a cost sharer
 * for the kostendelersnorm (Participatiewet art. 22a). A commercial relation, with a written agreement and a
 * market-level payment, is no cost sharing in either direction (art. 19a lid 1): the resident may rent from or board
 * with the other person, or the other person may rent from or board with the resident.
 */
public enum Relation {
    /** Family member, e.g. an adult child, a parent or a brother: counts from age 27. */
    FAMILY,
    /** A friend or other housemate sharing the home: counts from age 27. */
    FRIEND,
    /** A student who receives study finance (studiefinanciering): never counts. */
    STUDENT_WITH_STUDY_FINANCE,
    /**
     * They rent a room from the resident or board with the resident (kostganger), on a written, commercial
     * agreement: never counts; what they pay counts as the resident's income (art. 33).
     */
    COMMERCIAL_BOARDER_OR_TENANT,
    /**
     * The resident rents a room from them or boards with them (is their kostganger), on a written, commercial
     * agreement: never counts.
     */
    COMMERCIAL_LANDLORD_OR_HOST,
    /** The resident does not know which of these applies. */
    UNKNOWN;

    /** Whether a housemate with this relation can count as a cost sharer; null when unknown. */
    public @Nullable Boolean canShareCosts() {
        return switch (this) {
            case FAMILY, FRIEND -> Boolean.TRUE;
            case STUDENT_WITH_STUDY_FINANCE, COMMERCIAL_BOARDER_OR_TENANT, COMMERCIAL_LANDLORD_OR_HOST -> Boolean.FALSE;
            case UNKNOWN -> null;
        };
    }
}
