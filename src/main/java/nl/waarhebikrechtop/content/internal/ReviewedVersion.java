package nl.waarhebikrechtop.content.internal;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import nl.waarhebikrechtop.content.ParameterChange;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.UUID;

/**
 * What every version of published content records on its way to residents (draft, in review, published at a moment,
 * superseded), with author, reviewer and times, and a version number for optimistic locking. The same columns in
 * every table of versions.
 */
@MappedSuperclass
public abstract class ReviewedVersion {

    @Id
    UUID id;
    @Enumerated(EnumType.STRING)
    ParameterChange.Status status;
    String author;
    @Column(name = "created_at")
    Instant createdAt;
    @Column(name = "change_note")
    @Nullable String changeNote;
    @Column(name = "submitted_at")
    @Nullable Instant submittedAt;
    @Nullable String reviewer;
    @Column(name = "reviewed_at")
    @Nullable Instant reviewedAt;
    @Column(name = "review_note")
    @Nullable String reviewNote;
    @Column(name = "publish_at")
    @Nullable Instant publishAt;
    @Version
    long version;

    protected ReviewedVersion() {
        // for Hibernate
    }

    protected ReviewedVersion(ParameterChange.Status status, String author, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.status = status;
        this.author = author;
        this.createdAt = createdAt;
    }

    public UUID id() {
        return id;
    }

    public String author() {
        return author;
    }

    public ParameterChange.Status status() {
        return status;
    }

    public long version() {
        return version;
    }

    public @Nullable Instant publishAt() {
        return publishAt;
    }

    public void submitted(Instant at) {
        status = ParameterChange.Status.IN_REVIEW;
        submittedAt = at;
    }

    public void sentBack(String reviewer, Instant at, String note) {
        status = ParameterChange.Status.DRAFT;
        this.reviewer = reviewer;
        reviewedAt = at;
        reviewNote = note;
    }

    public void published(String reviewer, Instant at, Instant publishAt) {
        status = ParameterChange.Status.PUBLISHED;
        this.reviewer = reviewer;
        reviewedAt = at;
        this.publishAt = publishAt;
    }

    public void superseded() {
        status = ParameterChange.Status.SUPERSEDED;
    }
}
