package nl.waarhebikrechtop.account;

import nl.waarhebikrechtop.account.internal.AuditStore;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
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

    private final AuditStore store;
    private final Clock clock;

    AuditLog(AuditStore store, Clock clock) {
        this.store = store;
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
        store.insert(clock.instant(), Objects.requireNonNull(actor, "actor"), Objects.requireNonNull(action, "action"),
                cut(subject, SUBJECT_MAX_LENGTH), cut(details, DETAILS_MAX_LENGTH));
    }

    /** The newest entries first. */
    @Transactional(readOnly = true)
    public List<AuditEntry> recent(int limit) {
        return store.recent(limit);
    }

    /** Everything that happened to one record, oldest first. */
    @Transactional(readOnly = true)
    public List<AuditEntry> forSubject(String subject) {
        return store.forSubject(subject);
    }

    private static @Nullable String cut(@Nullable String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
