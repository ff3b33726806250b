package nl.waarhebikrechtop.eligibility;

/** A yes/no question that a resident may answer with "weet ik niet" (don't know). */
public enum Answer {
    YES,
    NO,
    /** "Weet ik niet" / "niet zeker": rules treat this as a reason for MAYBE, never as a "no". */
    UNKNOWN
}
