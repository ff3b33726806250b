package nl.waarhebikrechtop.eligibility;

/**
 * The three answers the check gives per scheme. "Maybe, ask" beats a wrong "no": anything unknown or left to the
 * caseworker's judgement gives {@link #MAYBE}, with a reason that says what is unknown.
 */
public enum Verdict {
    /** The conditions we can check are met. */
    LIKELY,
    /** Something is unknown or is a judgement call; the reasons say which. */
    MAYBE,
    /** A condition we can check is clearly not met. */
    UNLIKELY;

    /** 2 for LIKELY, 1 for MAYBE, 0 for UNLIKELY: higher is more likely. */
    public int rank() {
        return 2 - ordinal();
    }

    /** The less favourable of the two. */
    public Verdict atMost(Verdict cap) {
        return rank() <= cap.rank() ? this : cap;
    }
}
