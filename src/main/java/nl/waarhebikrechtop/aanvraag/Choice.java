package nl.waarhebikrechtop.aanvraag;

import java.util.Objects;

/**
 * One thing the resident asks for.
 *
 * @param beneficiary who it is for
 * @param index       for a child: its zero-based position in the situation's children; 0 for applicant and partner
 * @param item        a Kindpakket provision id from the catalogue, or {@link #MEEDOEN_PREMIUM} or
 *                    {@link #SPORT_CULTURE}
 */
public record Choice(Beneficiary beneficiary, int index, String item) {

    public static final String MEEDOEN_PREMIUM = "meedoenpremie";
    public static final String SPORT_CULTURE = "sportcultuur";
    public static final int ITEM_MAX_LENGTH = 60;

    public Choice {
        Objects.requireNonNull(beneficiary, "beneficiary");
        Objects.requireNonNull(item, "item");
        if (index < 0 || item.isBlank() || item.length() > ITEM_MAX_LENGTH) {
            throw new IllegalArgumentException("not a valid choice: " + beneficiary + " " + index + " " + item);
        }
    }

    public static Choice forChild(int index, String item) {
        return new Choice(Beneficiary.CHILD, index, item);
    }
}
