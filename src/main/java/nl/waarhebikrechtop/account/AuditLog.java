package nl.waarhebikrechtop.account;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;

/**
 * Who did what, when, to which record ("access is logged"). Joins the caller's transaction, so an action and its
 * audit line are stored together. Write no personal data into {@code details} beyond what identifies the
 * record: the subject is a reference such as {@code application:2026-000123}, not a name.
 */
@Service
public class AuditLog {

    static final int SUBJECT_MAX_LENGTH = 200;
    static final int DETAILS_MAX_LENGTH = 2000;

    private final JdbcClient jdbc;
    private final Clock clock;

    public AuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * @param actor   the username, or {@link CurrentUser#ANONYMOUS}; see {@link CurrentUser#actor()}
     * @param action  what happened, dotted and in the past tense, e.g. {@code application.granted}
     * @param subject the record it happened to, e.g. {@code application:2026-000123}; null when none
     * @param details a short free text (cut at 2000 characters); null when none
     */
    @Transactional
    public void record(String actor, String action, @Nullable String subject, @Nullable String details) {
        jdbc.sql("INSERT INTO audit_log (occurred_at, actor, action, subject, details) VALUES (?, ?, ?, ?, ?)")
                .params(clock.instant().atOffset(ZoneOffset.UTC), Objects.requireNonNull(actor, "actor"),
                        Objects.requireNonNull(action, "action"), cut(subject, SUBJECT_MAX_LENGTH),
                        cut(details, DETAILS_MAX_LENGTH))
                .update();
    }

    /** The newest entries first. */
    @Transactional(readOnly = true)
    public List<AuditEntry> recent(int limit) {
        return jdbc.sql("SELECT * FROM audit_log ORDER BY occurred_at DESC, id DESC LIMIT ?").param(limit)
                .query(AuditLog::entry).list();
    }

    /** Everything that happened to one record, oldest first. */
    @Transactional(readOnly = true)
    public List<AuditEntry> forSubject(String subject) {
        return jdbc.sql("SELECT * FROM audit_log WHERE subject = ? ORDER BY occurred_at, id").param(subject)
                .query(AuditLog::entry).list();
    }

    private static @Nullable String cut(@Nullable String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                rs.getString("actor"), rs.getString("action"), rs.getString("subject"), rs.getString("details"));
    }
}
