package nl.waarhebikrechtop.route;

import java.util.Arrays;
import java.util.Optional;

/**
 * The parts every step has, in the order they are shown. A step file marks each part's heading with its key,
 * for example {@code ## Wat gebeurt er? {#what-happens}}.
 */
public enum PartType {
    WHAT_HAPPENS("what-happens"),
    WHAT_YOU_DO("what-you-do"),
    WHAT_TO_BRING("what-to-bring"),
    HOW_LONG("how-long"),
    RIGHTS_AND_DUTIES("rights-and-duties"),
    GOOD_CONVERSATION("good-conversation");

    /** The optional last section with tips for particular situations ({@code ### Heading {#under27}}). */
    public static final String SITUATIONS_KEY = "situations";

    private final String key;

    PartType(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<PartType> fromKey(String key) {
        return Arrays.stream(values()).filter(p -> p.key.equals(key)).findFirst();
    }
}
