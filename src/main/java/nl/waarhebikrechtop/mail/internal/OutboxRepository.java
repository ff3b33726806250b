package nl.waarhebikrechtop.mail.internal;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Queries on {@code mail_outbox}. The updates only touch a PENDING mail, so a mail that was sent or has failed is
 * never changed again. They flush pending inserts first and clear the persistence context after, so a mail read
 * later in the same transaction shows the update.
 */
interface OutboxRepository extends JpaRepository<OutboxMail, UUID> {

    /** Pending mails due at {@code now}, oldest due first. */
    @Query("""
            select m from OutboxMail m where m.status = PENDING and m.nextAttemptAt <= :now
            order by m.nextAttemptAt, m.createdAt""")
    List<OutboxMail> findDue(Instant now, Limit limit);

    List<OutboxMail> findByOrderByCreatedAtDesc(Limit limit);

    /** Sent; an erase-after-sending mail loses its recipient, subject and bodies in the same statement. */
    @Transactional
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update OutboxMail m set m.status = SENT, m.sentAt = :sentAt, m.attempts = m.attempts + 1,
                m.lastError = null,
                m.recipient = case when m.retention = ERASE_AFTER_SENDING then null else m.recipient end,
                m.subject = case when m.retention = ERASE_AFTER_SENDING then null else m.subject end,
                m.bodyText = case when m.retention = ERASE_AFTER_SENDING then null else m.bodyText end,
                m.bodyHtml = case when m.retention = ERASE_AFTER_SENDING then null else m.bodyHtml end
            where m.id = :id and m.status = PENDING""")
    int markSent(UUID id, Instant sentAt);

    @Transactional
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update OutboxMail m set m.attempts = :attempts, m.nextAttemptAt = :nextAttemptAt, m.lastError = :error
            where m.id = :id and m.status = PENDING""")
    int markRetry(UUID id, int attempts, Instant nextAttemptAt, String error);

    /** Failed for good; an erase-after-sending mail loses its recipient, subject and bodies too. */
    @Transactional
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update OutboxMail m set m.status = FAILED, m.attempts = :attempts, m.lastError = :error,
                m.recipient = case when m.retention = ERASE_AFTER_SENDING then null else m.recipient end,
                m.subject = case when m.retention = ERASE_AFTER_SENDING then null else m.subject end,
                m.bodyText = case when m.retention = ERASE_AFTER_SENDING then null else m.bodyText end,
                m.bodyHtml = case when m.retention = ERASE_AFTER_SENDING then null else m.bodyHtml end
            where m.id = :id and m.status = PENDING""")
    int markFailed(UUID id, int attempts, String error);

    @Transactional
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("delete from OutboxMail m where m.status in (SENT, FAILED) and m.createdAt < :before")
    int deleteFinishedBefore(Instant before);
}
