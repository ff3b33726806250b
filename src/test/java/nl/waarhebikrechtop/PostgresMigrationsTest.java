package nl.waarhebikrechtop;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The same Flyway migrations that run on H2 also run on PostgreSQL, the production database. Uses the server of
 * this machine kind (127.0.0.1:5432, database {@code test}); override with PORTAL_TEST_PG_URL / _USER / _PASSWORD.
 * Skips, saying why, where no PostgreSQL server is reachable.
 */
class PostgresMigrationsTest {

    static final String URL = env("PORTAL_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    static final String USER = env("PORTAL_TEST_PG_USER", "root");
    static final String PASSWORD = env("PORTAL_TEST_PG_PASSWORD", "");

    private final String schema = "migrations_" + ProcessHandle.current().pid();

    @BeforeEach
    void requirePostgres() {
        assumeTrue(reachable(), "Skipped: no PostgreSQL server reachable at " + URL
                + " (start one, or set PORTAL_TEST_PG_URL, PORTAL_TEST_PG_USER, PORTAL_TEST_PG_PASSWORD)");
    }

    @AfterEach
    void dropSchema() throws SQLException {
        try (Connection c = DriverManager.getConnection(URL, USER, PASSWORD); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }

    @Test
    void all_migrations_apply_cleanly_on_postgresql() throws SQLException {
        Flyway flyway = Flyway.configure().dataSource(URL, USER, PASSWORD)
                .schemas(schema).createSchemas(true).locations("classpath:db/migration").load();

        MigrateResult result = flyway.migrate();

        assertThat(result.success).isTrue();
        assertThat(result.migrationsExecuted).isPositive();
        assertThat(flyway.validateWithResult().validationSuccessful).isTrue();
        try (Connection c = DriverManager.getConnection(URL, USER, PASSWORD);
             ResultSet tables = c.getMetaData().getTables(null, schema, "anonymous_counter", null)) {
            assertThat(tables.next()).as("anonymous_counter table in " + schema).isTrue();
        }
    }

    static boolean reachable() {
        try (Connection ignored = DriverManager.getConnection(URL, USER, PASSWORD)) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
