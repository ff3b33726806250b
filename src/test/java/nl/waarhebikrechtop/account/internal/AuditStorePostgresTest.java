package nl.waarhebikrechtop.account.internal;

import nl.waarhebikrechtop.PostgresSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/** The audit log's queries on PostgreSQL (identity ids, times with offset, paging). */
@Transactional
class AuditStorePostgresTest extends PostgresSpringTest implements AuditStoreContract {

    @Autowired AuditStore store;
    @Autowired JdbcClient jdbc;

    @Override
    public AuditStore store() {
        return store;
    }

    @Override
    public JdbcClient jdbc() {
        return jdbc;
    }
}
