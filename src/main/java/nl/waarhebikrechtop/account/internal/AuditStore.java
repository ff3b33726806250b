package nl.waarhebikrechtop.account.internal;

import nl.waarhebikrechtop.account.AuditEntry;
import nl.waarhebikrechtop.account.AuditLog;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.List;

/** The {@code audit_log} table, read as {@link AuditEntry} records. Only {@link AuditLog} uses it. */
@Repository
public class AuditStore {

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Direction.DESC, "occurredAt", "id");

    private final AuditRecordRepository records;

    AuditStore(AuditRecordRepository records) {
        this.records = records;
    }

    @Transactional
    public void insert(Instant occurredAt, String actor, String action, @Nullable String subject,
                       @Nullable String details) {
        records.save(new AuditRecord(occurredAt, actor, action, subject, details));
    }

    /** The newest entries first: the first page of {@code limit} entries. */
    @Transactional(readOnly = true)
    public List<AuditEntry> recent(int limit) {
        return entries(records.findAllBy(PageRequest.of(0, limit, NEWEST_FIRST)));
    }

    /** Everything that happened to one record, oldest first. */
    @Transactional(readOnly = true)
    public List<AuditEntry> forSubject(String subject) {
        return entries(records.findBySubjectOrderByOccurredAtAscIdAsc(subject));
    }

    private static List<AuditEntry> entries(List<AuditRecord> rows) {
        return rows.stream().map(AuditRecord::toEntry).toList();
    }
}
