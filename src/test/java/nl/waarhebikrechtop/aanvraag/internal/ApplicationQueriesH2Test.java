package nl.waarhebikrechtop.aanvraag.internal;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@link ApplicationQueriesContract} on the embedded H2 database. */
@SpringBootTest
class ApplicationQueriesH2Test implements ApplicationQueriesContract {

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
