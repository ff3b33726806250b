package nl.waarhebikrechtop.content;

import nl.waarhebikrechtop.PostgresSpringTest;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.sql.SQLException;

/** {@link PagePublishingContract} on the PostgreSQL server, in a schema of its own. */
class PagePublishingPostgresTest extends PagePublishingContract {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresSpringTest.postgresOwnSchema(registry, "page_publishing");
    }

    @BeforeAll
    static void requirePostgres() throws SQLException {
        PostgresSpringTest.requirePostgres();
    }
}
