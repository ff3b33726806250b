package nl.waarhebikrechtop.aanvraag;

import java.time.Instant;
import java.util.UUID;

/**
 * A row of the caseworker queue: what the list shows, without household or contact details.
 *
 * @param answered whether the resident answered a question and the application waits for the caseworker again
 * @param daysLeft calendar days until the legal decision date; negative when overdue
 */
public record QueueEntry(UUID id, String reference, Scheme scheme, ApplicationStatus status, Instant submittedAt,
                         boolean answered, long daysLeft) {

    /** Still waiting for a decision (submitted, or information asked). */
    public boolean open() {
        return status == ApplicationStatus.SUBMITTED || status == ApplicationStatus.INFO_REQUESTED;
    }

    public boolean overdue() {
        return open() && daysLeft < 0;
    }
}
