package nl.waarhebikrechtop.route;

import java.util.Arrays;
import java.util.Optional;

/**
 * A situation that changes what a step means for a resident. Step files name these in {@code applies_to} and in
 * their "for your situation" tips ({@code ### Heading {#under27}}), so the walkthrough can highlight what applies.
 */
public enum RouteTag {
    /** Under 27: a four-week search period before applying. */
    UNDER_27("under27"),
    /** Shares the home with people aged 27 or older who count for the kostendelersnorm. */
    HOUSEMATES("housemates"),
    /** Rents a room or boards on a commercial, written agreement (kostganger, huurder). */
    BOARDER("boarder"),
    /** Moving here from another municipality. */
    MOVING("moving"),
    /** Has debts: referral to the GKB. */
    DEBTS("debts"),
    /** Has children: Kindpakket and Meedoen alongside bijstand. */
    CHILDREN("children");

    private final String key;

    RouteTag(String key) {
        this.key = key;
    }

    /** The name used in content files. */
    public String key() {
        return key;
    }

    public static Optional<RouteTag> fromKey(String key) {
        return Arrays.stream(values()).filter(t -> t.key.equals(key)).findFirst();
    }
}
