package nl.waarhebikrechtop.aanvraag;

/** Where an application stands. Caseworkers move it on from SUBMITTED (see {@link Casework}). */
public enum ApplicationStatus {
    DRAFT,
    SUBMITTED,
    INFO_REQUESTED,
    GRANTED,
    REFUSED
}
