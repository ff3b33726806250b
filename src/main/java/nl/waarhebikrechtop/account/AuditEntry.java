package nl.waarhebikrechtop.account;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/** One line of the audit log: who did what, when, to which record, with short details. */
public record AuditEntry(long id, Instant occurredAt, String actor, String action, @Nullable String subject,
                         @Nullable String details) {
}
