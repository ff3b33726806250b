package nl.waarhebikrechtop.mail.internal;

import nl.waarhebikrechtop.mail.OutgoingMail.Retention;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.UUID;

/** One row of the outbox. Recipient, subject and bodies are null once an erase-after-sending mail was sent. */
public record OutboxEntry(UUID id, String templateId, String locale, @Nullable String recipient,
                          @Nullable String subject, @Nullable String bodyText, @Nullable String bodyHtml,
                          Retention retention, Status status, int attempts, Instant nextAttemptAt,
                          @Nullable String lastError, Instant createdAt, @Nullable Instant sentAt) {

    public enum Status { PENDING, SENT, FAILED }

    public boolean erased() {
        return recipient == null;
    }

    /**
     * The recipient as staff may see it: in full while the mail waits (so a typo can be spotted), masked once
     * it was sent or has failed ({@code j***@example.nl}), and nothing once erased.
     */
    public @Nullable String displayRecipient() {
        return status == Status.PENDING ? recipient : masked();
    }

    /** The recipient masked: {@code j***@example.nl}. */
    public @Nullable String masked() {
        if (recipient == null) {
            return null;
        }
        int at = recipient.indexOf('@');
        return recipient.charAt(0) + "***" + (at < 0 ? "" : recipient.substring(at));
    }
}
