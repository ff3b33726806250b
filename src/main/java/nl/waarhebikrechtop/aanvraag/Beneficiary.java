package nl.waarhebikrechtop.aanvraag;

/** Who a {@link Choice} is for. */
public enum Beneficiary {
    CHILD,
    APPLICANT,
    PARTNER
}
