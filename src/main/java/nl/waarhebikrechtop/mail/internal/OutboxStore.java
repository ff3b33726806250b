package nl.waarhebikrechtop.mail.internal;

import nl.waarhebikrechtop.mail.OutgoingMail.Retention;
import nl.waarhebikrechtop.mail.RenderedMail;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** The mail outbox ({@code mail_outbox}), read as {@link OutboxEntry} records. Times are instants, stored as UTC. */
@Repository
public class OutboxStore {

    static final int LAST_ERROR_MAX_LENGTH = 1000;

    private final OutboxRepository mails;

    OutboxStore(OutboxRepository mails) {
        this.mails = mails;
    }

    /**
     * Stores a new pending mail. Flushed at once, so plain SQL later in the same transaction (reports, tests)
     * sees it too.
     */
    @Transactional
    public void insert(UUID id, String templateId, Locale locale, String recipient, RenderedMail mail,
                       Retention retention, Instant now) {
        mails.saveAndFlush(new OutboxMail(id, templateId, locale, recipient, mail, retention, now));
    }

    /** Pending mails whose next attempt is due, oldest first. */
    @Transactional(readOnly = true)
    public List<OutboxEntry> findDue(Instant now, int limit) {
        return entries(mails.findDue(now, Limit.of(limit)));
    }

    /** The newest mails first. */
    @Transactional(readOnly = true)
    public List<OutboxEntry> findRecent(int limit) {
        return entries(mails.findByOrderByCreatedAtDesc(Limit.of(limit)));
    }

    @Transactional(readOnly = true)
    public Optional<OutboxEntry> find(UUID id) {
        return mails.findById(id).map(OutboxMail::toEntry);
    }

    /** Marks a mail sent; for erase-after-sending mails the recipient, subject and bodies go in the same update. */
    @Transactional
    public void markSent(UUID id, Instant sentAt) {
        mails.markSent(id, sentAt);
    }

    /** Records a failed attempt after which the mail is tried again at {@code nextAttemptAt}. */
    @Transactional
    public void markRetry(UUID id, int attempts, Instant nextAttemptAt, String error) {
        mails.markRetry(id, attempts, nextAttemptAt, truncate(error));
    }

    /**
     * Records the last failed attempt: the mail is FAILED and no longer tried. An erase-after-sending mail loses
     * its recipient, subject and bodies here too: nobody will send it any more, so there is no reason to keep them.
     */
    @Transactional
    public void markFailed(UUID id, int attempts, String error) {
        mails.markFailed(id, attempts, truncate(error));
    }

    /** Deletes sent and failed mails created before the given time; pending mails are never deleted. */
    @Transactional
    public int deleteFinishedBefore(Instant before) {
        return mails.deleteFinishedBefore(before);
    }

    static String truncate(String error) {
        return error.length() <= LAST_ERROR_MAX_LENGTH ? error : error.substring(0, LAST_ERROR_MAX_LENGTH - 1) + "…";
    }

    private static List<OutboxEntry> entries(List<OutboxMail> rows) {
        return rows.stream().map(OutboxMail::toEntry).toList();
    }
}
