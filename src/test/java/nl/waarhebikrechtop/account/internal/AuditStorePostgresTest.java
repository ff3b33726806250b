package nl.waarhebikrechtop.account.internal;

import nl.waarhebikrechtop.PostgresSpringTest;
import org.springframework.transaction.annotation.Transactional;

/** The audit log's queries on PostgreSQL (identity ids, times with offset, paging). */
@Transactional
class AuditStorePostgresTest extends PostgresSpringTest implements AuditStoreContract {
}
