package nl.waarhebikrechtop.check.internal;

import nl.waarhebikrechtop.PostgresSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/** The counters on PostgreSQL (INSERT ... ON CONFLICT). */
@Transactional
class CounterStorePostgresTest extends PostgresSpringTest implements CounterStoreContract {

    @Autowired CounterStore store;
    @Autowired JdbcClient jdbc;

    @Override
    public CounterStore store() {
        return store;
    }

    @Override
    public JdbcClient jdbc() {
        return jdbc;
    }
}
