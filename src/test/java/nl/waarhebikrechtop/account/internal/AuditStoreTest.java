package nl.waarhebikrechtop.account.internal;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/** The audit log's queries on H2. */
@SpringBootTest
@Transactional
class AuditStoreTest implements AuditStoreContract {

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
