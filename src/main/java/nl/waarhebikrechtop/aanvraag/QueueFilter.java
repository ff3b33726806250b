package nl.waarhebikrechtop.aanvraag;

import org.jspecify.annotations.Nullable;

/**
 * What a caseworker narrows the queue to; every part is optional.
 *
 * @param scheme       only this scheme; null for all
 * @param status       only this status; null for all after draft
 * @param waitingWeeks only applications waiting longer than this many weeks; null for all
 * @param overdueOnly  only open applications whose decision date has passed
 */
public record QueueFilter(@Nullable Scheme scheme, @Nullable ApplicationStatus status, @Nullable Integer waitingWeeks,
                          boolean overdueOnly) {

    public static final QueueFilter ALL = new QueueFilter(null, null, null, false);

    public QueueFilter {
        if (waitingWeeks != null && waitingWeeks < 0) {
            throw new IllegalArgumentException("waiting weeks " + waitingWeeks);
        }
    }
}
