package nl.waarhebikrechtop.eligibility;

/** The kind of school a child goes to. MBO and higher education are one answer: the Meedoenpremie excludes them. */
public enum School {
    NONE,
    PRIMARY,
    SECONDARY,
    MBO_OR_OTHER,
    UNKNOWN
}
