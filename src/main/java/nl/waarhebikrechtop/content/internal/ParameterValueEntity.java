package nl.waarhebikrechtop.content.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import nl.waarhebikrechtop.content.ParameterChange;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A row of {@code parameter_value}: one version of a dated value. Dates go to the driver as LocalDate (see Counter). */
@Entity
@Table(name = "parameter_value")
public class ParameterValueEntity {

    @Id
    UUID id;
    @Column(name = "parameter_id")
    String parameterId;
    @Column(name = "effective_from")
    @JdbcTypeCode(SqlTypes.LOCAL_DATE)
    LocalDate effectiveFrom;
    BigDecimal amount;
    boolean confirmed;
    @Nullable String source;
    @Column(name = "last_checked")
    @JdbcTypeCode(SqlTypes.LOCAL_DATE)
    @Nullable LocalDate lastChecked;
    @Nullable String note;
    boolean correction;
    @Column(name = "change_note")
    @Nullable String changeNote;
    @Enumerated(EnumType.STRING)
    ParameterChange.Status status;
    String author;
    @Column(name = "created_at")
    Instant createdAt;
    @Column(name = "submitted_at")
    @Nullable Instant submittedAt;
    @Nullable String reviewer;
    @Column(name = "reviewed_at")
    @Nullable Instant reviewedAt;
    @Column(name = "review_note")
    @Nullable String reviewNote;
    @Column(name = "publish_at")
    @Nullable Instant publishAt;
    @Column(name = "impact_acknowledgement")
    @Nullable String impactAcknowledgement;
    @Version
    long version;

    protected ParameterValueEntity() {
        // for Hibernate
    }

    /** A new draft, or (with status PUBLISHED and a moment) a value imported from the content files. */
    public ParameterValueEntity(String parameterId, ParameterChange.Status status, String author, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.parameterId = parameterId;
        this.status = status;
        this.author = author;
        this.createdAt = createdAt;
    }

    /** Sets what the editor typed; only for drafts (the service checks). */
    public void fill(LocalDate effectiveFrom, BigDecimal amount, boolean confirmed, @Nullable String source,
                     @Nullable LocalDate lastChecked, @Nullable String note, boolean correction,
                     @Nullable String changeNote) {
        this.effectiveFrom = effectiveFrom;
        this.amount = amount;
        this.confirmed = confirmed;
        this.source = source;
        this.lastChecked = lastChecked;
        this.note = note;
        this.correction = correction;
        this.changeNote = changeNote;
    }

    public UUID id() {
        return id;
    }

    public String parameterId() {
        return parameterId;
    }

    public LocalDate effectiveFrom() {
        return effectiveFrom;
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

    public void published(String reviewer, Instant at, Instant publishAt, @Nullable String impactAcknowledgement) {
        this.impactAcknowledgement = impactAcknowledgement;
        status = ParameterChange.Status.PUBLISHED;
        this.reviewer = reviewer;
        reviewedAt = at;
        this.publishAt = publishAt;
    }

    public void superseded() {
        status = ParameterChange.Status.SUPERSEDED;
    }

    public ParameterChange toChange() {
        return new ParameterChange(id, parameterId, effectiveFrom, amount, confirmed, source, lastChecked, note,
                correction, changeNote, status, author, createdAt, submittedAt, reviewer, reviewedAt, reviewNote,
                publishAt, impactAcknowledgement, version);
    }
}
