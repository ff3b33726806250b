package nl.waarhebikrechtop.schuldhulp;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A resident's request to be contacted by the GKB about debts.
 *
 * @param visitDue the GKB's target: a visit within seven working days of the referral
 */
public record GkbReferral(UUID id, Instant createdAt, String name, String phone, PreferredTime preferredTime,
                          LocalDate visitDue, Status status) {

    /** When the resident prefers to be called. */
    public enum PreferredTime { MORNING, AFTERNOON, EVENING, ANY }

    /** Where the referral is in its follow-up. */
    public enum Status { NEW, CONTACTED }

    public static final int NAME_MAX_LENGTH = 200;
    public static final int PHONE_MAX_LENGTH = 20;
}
