package nl.waarhebikrechtop.eligibility;

import org.jspecify.annotations.Nullable;

/**
 * How another adult in the home relates to the resident. Decides whether that person counts as a cost sharer
 * for the kostendelersnorm (Participatiewet art. 22a).
 */
public enum Relation {
    /** Family member, e.g. an adult child, a parent or a brother: counts from age 27. */
    FAMILY,
    /** A friend or other housemate sharing the home: counts from age 27. */
    FRIEND,
    /** A student who receives study finance (studiefinanciering): never counts. */
    STUDENT_WITH_STUDY_FINANCE,
    /** A boarder (kostganger) or tenant with a written, commercial agreement: never counts. */
    COMMERCIAL_BOARDER_OR_TENANT,
    /** The resident does not know which of these applies. */
    UNKNOWN;

    /** Whether a housemate with this relation can count as a cost sharer; null when unknown. */
    public @Nullable Boolean canShareCosts() {
        return switch (this) {
            case FAMILY, FRIEND -> Boolean.TRUE;
            case STUDENT_WITH_STUDY_FINANCE, COMMERCIAL_BOARDER_OR_TENANT -> Boolean.FALSE;
            case UNKNOWN -> null;
        };
    }
}
