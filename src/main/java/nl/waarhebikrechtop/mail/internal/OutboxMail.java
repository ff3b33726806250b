package nl.waarhebikrechtop.mail.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import nl.waarhebikrechtop.mail.OutgoingMail.Retention;
import nl.waarhebikrechtop.mail.RenderedMail;
import org.jspecify.annotations.Nullable;
import nl.waarhebikrechtop.shared.AssignedIdEntity;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/**
 * A row of {@code mail_outbox}. Changed only through {@link OutboxRepository}'s conditional updates; read as an
 * {@link OutboxEntry}. The id is assigned by the caller, so {@link AssignedIdEntity} tells Spring Data a new mail is new
 * (a plain {@code save} would first look for it).
 */
@Entity
@Table(name = "mail_outbox")
class OutboxMail extends AssignedIdEntity<UUID> {

    @Id
    private UUID id;
    @Column(name = "template_id")
    private String templateId;
    private String locale;
    private @Nullable String recipient;
    private @Nullable String subject;
    @Column(name = "body_text")
    private @Nullable String bodyText;
    @Column(name = "body_html")
    private @Nullable String bodyHtml;
    @Enumerated(EnumType.STRING)
    private Retention retention;
    @Enumerated(EnumType.STRING)
    private OutboxEntry.Status status;
    private int attempts;
    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;
    @Column(name = "last_error")
    private @Nullable String lastError;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "sent_at")
    private @Nullable Instant sentAt;

    protected OutboxMail() {
        // for Hibernate
    }

    /** A new pending mail, due at once. */
    OutboxMail(UUID id, String templateId, Locale locale, String recipient, RenderedMail mail, Retention retention,
               Instant now) {
        this.id = id;
        this.templateId = templateId;
        this.locale = locale.getLanguage();
        this.recipient = recipient;
        this.subject = mail.subject();
        this.bodyText = mail.text();
        this.bodyHtml = mail.html();
        this.retention = retention;
        this.status = OutboxEntry.Status.PENDING;
        this.attempts = 0;
        this.nextAttemptAt = now;
        this.createdAt = now;
    }

    @Override
    public UUID getId() {
        return id;
    }

    OutboxEntry toEntry() {
        return new OutboxEntry(id, templateId, locale, recipient, subject, bodyText, bodyHtml, retention, status,
                attempts, nextAttemptAt, lastError, createdAt, sentAt);
    }
}
