package nl.waarhebikrechtop.aanvraag.internal;

import nl.waarhebikrechtop.PostgresSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@link ApplicationQueriesContract} on the PostgreSQL server (skipped, saying why, where none is reachable). */
class ApplicationQueriesPostgresTest extends PostgresSpringTest implements ApplicationQueriesContract {

    @Autowired ApplicationStore applications;
    @Autowired DocumentStore documents;
    @Autowired JdbcClient jdbc;

    @Override
    public ApplicationStore applications() {
        return applications;
    }

    @Override
    public DocumentStore documents() {
        return documents;
    }

    @Override
    public JdbcClient jdbc() {
        return jdbc;
    }
}
