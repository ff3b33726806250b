package nl.waarhebikrechtop.account.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import nl.waarhebikrechtop.account.AuditEntry;
import org.jspecify.annotations.Nullable;

import java.time.Instant;

/** A row of {@code audit_log}, written once and never changed; read as an {@link AuditEntry}. */
@Entity
@Table(name = "audit_log")
class AuditRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "occurred_at")
    private Instant occurredAt;
    private String actor;
    private String action;
    private @Nullable String subject;
    private @Nullable String details;

    protected AuditRecord() {
        // for Hibernate
    }

    AuditRecord(Instant occurredAt, String actor, String action, @Nullable String subject, @Nullable String details) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.subject = subject;
        this.details = details;
    }

    AuditEntry toEntry() {
        return new AuditEntry(id, occurredAt, actor, action, subject, details);
    }
}
