package nl.waarhebikrechtop;

import nl.waarhebikrechtop.account.AuditEntry;
import nl.waarhebikrechtop.account.AuditLog;
import nl.waarhebikrechtop.account.Role;
import nl.waarhebikrechtop.account.internal.AccountStore;
import nl.waarhebikrechtop.mail.OutgoingMail.Retention;
import nl.waarhebikrechtop.mail.RenderedMail;
import nl.waarhebikrechtop.mail.internal.OutboxEntry;
import nl.waarhebikrechtop.mail.internal.OutboxStore;
import nl.waarhebikrechtop.aanvraag.Application;
import nl.waarhebikrechtop.aanvraag.ApplicationStatus;
import nl.waarhebikrechtop.aanvraag.Beneficiary;
import nl.waarhebikrechtop.aanvraag.Choice;
import nl.waarhebikrechtop.aanvraag.Households;
import nl.waarhebikrechtop.aanvraag.Scheme;
import nl.waarhebikrechtop.aanvraag.internal.ApplicationStore;
import nl.waarhebikrechtop.aanvraag.internal.DocumentStore;
import nl.waarhebikrechtop.aanvraag.Document;
import nl.waarhebikrechtop.aanvraag.DocumentType;
import nl.waarhebikrechtop.aanvraag.Message;
import nl.waarhebikrechtop.aanvraag.TestFiles;
import nl.waarhebikrechtop.eligibility.Verdict;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The JDBC stores against PostgreSQL (UUIDs, times with offset, LIMIT, identity columns), not only H2. Same server and skip rule as
 * {@link PostgresMigrationsTest}.
 */
class PostgresStoresTest {

    private final String schema = "stores_" + ProcessHandle.current().pid();
    private JdbcClient jdbc;

    @BeforeEach
    void migrate() {
        assumeTrue(PostgresMigrationsTest.reachable(), "Skipped: no PostgreSQL server reachable at "
                + PostgresMigrationsTest.URL);
        Flyway.configure().dataSource(PostgresMigrationsTest.URL, PostgresMigrationsTest.USER,
                PostgresMigrationsTest.PASSWORD).schemas(schema).createSchemas(true)
                .locations("classpath:db/migration").load().migrate();
        DriverManagerDataSource dataSource = new DriverManagerDataSource(PostgresMigrationsTest.URL + "?currentSchema="
                + schema, PostgresMigrationsTest.USER, PostgresMigrationsTest.PASSWORD);
        jdbc = JdbcClient.create(dataSource);
    }

    @AfterEach
    void dropSchema() throws SQLException {
        if (jdbc != null) {
            try (Connection c = DriverManager.getConnection(PostgresMigrationsTest.URL, PostgresMigrationsTest.USER,
                    PostgresMigrationsTest.PASSWORD); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        }
    }

    @Test
    void accounts_and_the_audit_log_round_trip_on_postgresql() {
        AccountStore accounts = new AccountStore(jdbc);
        Instant now = Instant.parse("2026-03-02T09:00:00Z");
        accounts.save("jan", "Jan de Vries", "{bcrypt}x", Set.of(Role.CASEWORKER, Role.ADMIN), now);
        accounts.save("jan", "Jan de Vries", "{bcrypt}y", Set.of(Role.EDITOR), now);

        AccountStore.StoredAccount jan = accounts.find("jan").orElseThrow();
        assertThat(jan.passwordHash()).isEqualTo("{bcrypt}y");
        assertThat(jan.roles()).containsExactly(Role.EDITOR);
        assertThat(jan.enabled()).isTrue();

        AuditLog audit = new AuditLog(jdbc, Clock.fixed(now, ZoneOffset.UTC));
        audit.record("jan", "application.granted", "application:1", null);
        audit.record("jan", "application.viewed", "application:2", "details");
        assertThat(audit.recent(1)).extracting(AuditEntry::action).containsExactly("application.viewed");
        assertThat(audit.forSubject("application:1")).singleElement()
                .satisfies(e -> assertThat(e.occurredAt()).isEqualTo(now));
    }

    @Test
    void the_mail_outbox_round_trips_on_postgresql() {
        OutboxStore store = new OutboxStore(jdbc);
        Instant now = Instant.parse("2026-03-02T09:00:00.123456Z");
        UUID kept = UUID.randomUUID();
        UUID oneOff = UUID.randomUUID();
        RenderedMail mail = new RenderedMail("Onderwerp € é", "tekst", "<p>tekst</p>");
        store.insert(kept, "test-mail", Locale.of("nl"), "a@example.nl", mail, Retention.KEEP, now);
        store.insert(oneOff, "test-mail", Locale.ENGLISH, "b@example.nl", mail, Retention.ERASE_AFTER_SENDING, now);

        assertThat(store.findDue(now, 1)).hasSize(1);
        assertThat(store.findDue(now.minusSeconds(1), 10)).isEmpty();
        store.markRetry(kept, 1, now.plus(Duration.ofMinutes(1)), "down");
        store.markSent(oneOff, now);

        OutboxEntry retried = store.find(kept).orElseThrow();
        assertThat(retried.nextAttemptAt()).isEqualTo(now.plus(Duration.ofMinutes(1)));
        assertThat(retried.subject()).isEqualTo("Onderwerp € é");
        assertThat(store.find(oneOff).orElseThrow().erased()).isTrue();
        assertThat(store.findRecent(10)).hasSize(2);
    }
}
