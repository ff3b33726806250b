package nl.waarhebikrechtop.content;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One version of a parameter's dated value, as staff edit, review and publish it.
 *
 * @param correction  whether it replaces the value of a date that already has one, or adds a value before the newest
 * @param changeNote  why the value changes (for a correction: what was wrong), written by the editor
 * @param reviewNote  what the publisher said when sending it back; null when nothing was said
 * @param publishAt   when it takes effect for residents (it may be scheduled); null until it is published
 * @param impactAcknowledgement why the publisher published although scenarios no longer hold; null when none broke
 * @param version     for optimistic locking: a step hands back the version it saw
 */
public record ParameterChange(UUID id, String parameterId, LocalDate effectiveFrom, BigDecimal amount, boolean confirmed,
                              @Nullable String source, @Nullable LocalDate lastChecked, @Nullable String note,
                              boolean correction, @Nullable String changeNote, Status status, String author,
                              Instant createdAt, @Nullable Instant submittedAt, @Nullable String reviewer,
                              @Nullable Instant reviewedAt, @Nullable String reviewNote, @Nullable Instant publishAt,
                              @Nullable String impactAcknowledgement, long version) {

    /** Where a version is on its way to residents. */
    public enum Status {
        /** Being written; only its author sees it as work. */
        DRAFT,
        /** Waiting for a publisher, who may not be its author. */
        IN_REVIEW,
        /** Published: in force for residents from {@code publishAt}. Never changed afterwards. */
        PUBLISHED,
        /** Published, then replaced by a correction for the same date. */
        SUPERSEDED
    }

    /** The value as residents would get it if this version were published. */
    public DatedValue asDatedValue() {
        java.math.BigDecimal value = amount.stripTrailingZeros();
        return new DatedValue(effectiveFrom, value.scale() < 0 ? value.setScale(0) : value, confirmed, note,
                source == null ? "" : source, lastChecked, 0);
    }

    /** Published and in force at that moment (not merely scheduled). */
    public boolean liveAt(Instant moment) {
        return (status == Status.PUBLISHED || status == Status.SUPERSEDED) && publishAt != null
                && !publishAt.isAfter(moment);
    }
}
