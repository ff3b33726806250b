package nl.waarhebikrechtop.mail.internal;

import nl.waarhebikrechtop.mail.OutgoingMail.Retention;
import nl.waarhebikrechtop.mail.RenderedMail;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** The {@code mail_outbox} table. Times are stored with their offset (UTC), so H2 and PostgreSQL agree. */
@Repository
public class OutboxStore {

    static final int LAST_ERROR_MAX_LENGTH = 1000;

    private static final String COLUMNS = "id, template_id, locale, recipient, subject, body_text, body_html, "
            + "retention, status, attempts, next_attempt_at, last_error, created_at, sent_at";
    private static final RowMapper<OutboxEntry> ROW = OutboxStore::entry;
    private static final String ERASE_IF_ONE_OFF =
            "recipient = CASE WHEN retention = 'ERASE_AFTER_SENDING' THEN NULL ELSE recipient END, "
            + "subject = CASE WHEN retention = 'ERASE_AFTER_SENDING' THEN NULL ELSE subject END, "
            + "body_text = CASE WHEN retention = 'ERASE_AFTER_SENDING' THEN NULL ELSE body_text END, "
            + "body_html = CASE WHEN retention = 'ERASE_AFTER_SENDING' THEN NULL ELSE body_html END ";

    private final JdbcClient jdbc;

    public OutboxStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(UUID id, String templateId, Locale locale, String recipient, RenderedMail mail,
                       Retention retention, Instant now) {
        jdbc.sql("INSERT INTO mail_outbox (" + COLUMNS + ") VALUES "
                        + "(?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, NULL, ?, NULL)")
                .params(id, templateId, locale.getLanguage(), recipient, mail.subject(), mail.text(), mail.html(),
                        retention.name(), utc(now), utc(now))
                .update();
    }

    /** Pending mails whose next attempt is due, oldest first. */
    public List<OutboxEntry> findDue(Instant now, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM mail_outbox WHERE status = 'PENDING' AND next_attempt_at <= ? "
                        + "ORDER BY next_attempt_at, created_at LIMIT ?")
                .params(utc(now), limit).query(ROW).list();
    }

    public List<OutboxEntry> findRecent(int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM mail_outbox ORDER BY created_at DESC LIMIT ?")
                .param(limit).query(ROW).list();
    }

    public Optional<OutboxEntry> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM mail_outbox WHERE id = ?").param(id).query(ROW).optional();
    }

    /** Marks a mail sent; for erase-after-sending mails the recipient, subject and bodies go in the same update. */
    public void markSent(UUID id, Instant sentAt) {
        jdbc.sql("UPDATE mail_outbox SET status = 'SENT', sent_at = ?, attempts = attempts + 1, last_error = NULL, "
                        + ERASE_IF_ONE_OFF + "WHERE id = ? AND status = 'PENDING'")
                .params(utc(sentAt), id).update();
    }

    /** Records a failed attempt after which the mail is tried again at {@code nextAttemptAt}. */
    public void markRetry(UUID id, int attempts, Instant nextAttemptAt, String error) {
        jdbc.sql("UPDATE mail_outbox SET attempts = ?, next_attempt_at = ?, last_error = ? "
                        + "WHERE id = ? AND status = 'PENDING'")
                .params(attempts, utc(nextAttemptAt), truncate(error), id).update();
    }

    /**
     * Records the last failed attempt: the mail is FAILED and no longer tried. An erase-after-sending mail loses
     * its recipient, subject and bodies here too: nobody will send it any more, so there is no reason to keep them.
     */
    public void markFailed(UUID id, int attempts, String error) {
        jdbc.sql("UPDATE mail_outbox SET status = 'FAILED', attempts = ?, last_error = ?, " + ERASE_IF_ONE_OFF
                        + "WHERE id = ? AND status = 'PENDING'")
                .params(attempts, truncate(error), id).update();
    }

    /** Deletes sent and failed mails created before the given time; pending mails are never deleted. */
    public int deleteFinishedBefore(Instant before) {
        return jdbc.sql("DELETE FROM mail_outbox WHERE status IN ('SENT', 'FAILED') AND created_at < ?")
                .param(utc(before)).update();
    }

    static String truncate(String error) {
        return error.length() <= LAST_ERROR_MAX_LENGTH ? error : error.substring(0, LAST_ERROR_MAX_LENGTH - 1) + "…";
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OutboxEntry entry(ResultSet rs, int row) throws SQLException {
        return new OutboxEntry(rs.getObject("id", UUID.class), rs.getString("template_id"), rs.getString("locale"),
                rs.getString("recipient"), rs.getString("subject"), rs.getString("body_text"),
                rs.getString("body_html"), Retention.valueOf(rs.getString("retention")),
                OutboxEntry.Status.valueOf(rs.getString("status")), rs.getInt("attempts"), instant(rs, "next_attempt_at"),
                rs.getString("last_error"), instant(rs, "created_at"), instant(rs, "sent_at"));
    }
}
