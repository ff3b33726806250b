package nl.waarhebikrechtop.aanvraag.internal;

import nl.waarhebikrechtop.PostgresSpringTest;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.sql.SQLException;

/** {@link ApplicationQueriesContract} on the PostgreSQL server (skipped, saying why, where none is reachable). */
class ApplicationQueriesPostgresTest extends ApplicationQueriesContract {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresSpringTest.postgres(registry);
    }

    @BeforeAll
    static void requirePostgres() throws SQLException {
        PostgresSpringTest.requirePostgres();
    }
}
