package nl.waarhebikrechtop.mail.internal;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/** The outbox queries on H2. */
@SpringBootTest
@Transactional
class OutboxStoreTest implements OutboxStoreContract {

    @Autowired OutboxStore store;
    @Autowired JdbcClient jdbc;

    @Override
    public OutboxStore store() {
        return store;
    }

    @Override
    public JdbcClient jdbc() {
        return jdbc;
    }
}
