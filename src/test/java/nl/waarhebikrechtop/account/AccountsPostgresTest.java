package nl.waarhebikrechtop.account;

import nl.waarhebikrechtop.PostgresSpringTest;
import nl.waarhebikrechtop.account.internal.AccountStore;
import nl.waarhebikrechtop.account.internal.AuditStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Accounts and the audit log round trip on PostgreSQL (formerly in PostgresStoresTest). */
@Transactional
class AccountsPostgresTest extends PostgresSpringTest {

    @Autowired AccountStore accounts;
    @Autowired AuditStore auditStore;
    @Autowired JdbcClient jdbc;

    @Test
    void accounts_and_the_audit_log_round_trip_on_postgresql() {
        jdbc.sql("DELETE FROM audit_log").update();
        Instant now = Instant.parse("2026-03-02T09:00:00Z");
        accounts.save("jan", "Jan de Vries", "{bcrypt}x", Set.of(Role.CASEWORKER, Role.ADMIN), now);
        accounts.save("jan", "Jan de Vries", "{bcrypt}y", Set.of(Role.EDITOR), now);

        AccountStore.StoredAccount jan = accounts.find("jan").orElseThrow();
        assertThat(jan.passwordHash()).isEqualTo("{bcrypt}y");
        assertThat(jan.roles()).containsExactly(Role.EDITOR);
        assertThat(jan.enabled()).isTrue();

        AuditLog audit = new AuditLog(auditStore, Clock.fixed(now, ZoneOffset.UTC));
        audit.record("jan", "application.granted", "application:1", null);
        audit.record("jan", "application.viewed", "application:2", "details");
        assertThat(audit.recent(1)).extracting(AuditEntry::action).containsExactly("application.viewed");
        assertThat(audit.forSubject("application:1")).singleElement()
                .satisfies(e -> assertThat(e.occurredAt()).isEqualTo(now));
    }
}
