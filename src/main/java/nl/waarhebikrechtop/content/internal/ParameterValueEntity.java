package nl.waarhebikrechtop.content.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import nl.waarhebikrechtop.content.ParameterChange;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A row of {@code parameter_value}: one version of a dated value. Dates go to the driver as LocalDate (see Counter). */
@Entity
@Table(name = "parameter_value")
public class ParameterValueEntity extends ReviewedVersion {

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
    @Column(name = "impact_acknowledgement")
    @Nullable String impactAcknowledgement;

    protected ParameterValueEntity() {
        // for Hibernate
    }

    /** A new draft, or (with status PUBLISHED and a moment) a value imported from the content files. */
    public ParameterValueEntity(String parameterId, ParameterChange.Status status, String author, Instant createdAt) {
        super(status, author, createdAt);
        this.parameterId = parameterId;
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

    public String parameterId() {
        return parameterId;
    }

    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    public void published(String reviewer, Instant at, Instant publishAt, @Nullable String impactAcknowledgement) {
        this.impactAcknowledgement = impactAcknowledgement;
        published(reviewer, at, publishAt);
    }

    public ParameterChange toChange() {
        return new ParameterChange(id, parameterId, effectiveFrom, amount, confirmed, source, lastChecked, note,
                correction, changeNote, status, author, createdAt, submittedAt, reviewer, reviewedAt, reviewNote,
                publishAt, impactAcknowledgement, version);
    }
}
