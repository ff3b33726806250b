package nl.waarhebikrechtop.account.internal;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface AuditRecordRepository extends JpaRepository<AuditRecord, Long> {

    /** A page of entries in the page's order; a list, so no count query is run. */
    List<AuditRecord> findAllBy(Pageable page);

    List<AuditRecord> findBySubjectOrderByOccurredAtAscIdAsc(String subject);
}
