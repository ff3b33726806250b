package nl.waarhebikrechtop;

import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The whole application on the PostgreSQL server (Flyway migrations, Hibernate's schema validation, the
 * repositories), in a schema of its own per test JVM that is dropped when the JVM ends. Subclasses share one Spring
 * context. Same server and skip rule as {@link PostgresMigrationsTest}; tests clean up after themselves (for example
 * with {@code @Transactional}). A test that extends another base class calls {@link #postgres} and
 * {@link #requirePostgres} from its own {@code @DynamicPropertySource} and {@code @BeforeAll} methods.
 */
@SpringBootTest
public abstract class PostgresSpringTest {

    @org.springframework.beans.factory.annotation.Autowired
    private org.springframework.context.ApplicationContext context;

    public org.springframework.context.ApplicationContext context() {
        return context;
    }

    /** One schema for all PostgreSQL context tests of this JVM, so Spring caches a single context for them. */
    static final String SCHEMA = "context_" + ProcessHandle.current().pid();
    private static boolean prepared;

    @DynamicPropertySource
    public static void postgres(DynamicPropertyRegistry registry) {
        postgres(registry, SCHEMA);
    }

    /**
     * A schema of its own ({@code <name>_<pid>}, dropped when the JVM ends), for tests that commit changes other
     * tests must not see, such as published parameters.
     */
    public static void postgresOwnSchema(DynamicPropertyRegistry registry, String name) {
        String schema = name + "_" + ProcessHandle.current().pid();
        dropOnExit(schema);
        postgres(registry, schema);
    }

    private static void postgres(DynamicPropertyRegistry registry, String schema) {
        registry.add("spring.datasource.url", () -> PostgresMigrationsTest.URL + "?currentSchema=" + schema);
        registry.add("spring.datasource.username", () -> PostgresMigrationsTest.USER);
        registry.add("spring.datasource.password", () -> PostgresMigrationsTest.PASSWORD);
        registry.add("spring.flyway.schemas", () -> schema);
        registry.add("spring.flyway.create-schemas", () -> "true");
    }

    /** Command-line arguments that point a whole application at a schema of the server (e.g. a second instance). */
    public static String[] arguments(String schema) {
        return new String[] {"--spring.datasource.url=" + PostgresMigrationsTest.URL + "?currentSchema=" + schema,
                "--spring.datasource.username=" + PostgresMigrationsTest.USER,
                "--spring.datasource.password=" + PostgresMigrationsTest.PASSWORD, "--spring.flyway.schemas=" + schema};
    }

    public static void dropSchema(String schema) throws SQLException {
        execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }

    private static void dropOnExit(String schema) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            } catch (SQLException ignored) {
                // the server went away first; the schema name carries the pid, so it cannot clash
            }
        }));
    }

    @BeforeAll
    public static void requirePostgres() throws SQLException {
        assumeTrue(PostgresMigrationsTest.reachable(), "Skipped: no PostgreSQL server reachable at "
                + PostgresMigrationsTest.URL);
        synchronized (PostgresSpringTest.class) {
            if (!prepared) {
                execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
                dropOnExit(SCHEMA);
                prepared = true;
            }
        }
    }

    private static void execute(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(PostgresMigrationsTest.URL, PostgresMigrationsTest.USER,
                PostgresMigrationsTest.PASSWORD); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
