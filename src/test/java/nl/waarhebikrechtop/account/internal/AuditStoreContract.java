package nl.waarhebikrechtop.account.internal;

import nl.waarhebikrechtop.StoreTestBeans;
import nl.waarhebikrechtop.account.AuditEntry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit log's queries on H2 ({@link AuditStoreTest}) and PostgreSQL ({@link AuditStorePostgresTest}). Each test
 * starts from an empty log in a transaction that is rolled back.
 */
// On the interface: Spring looks for @Transactional on the class that declares the test method, here this one
@Transactional
interface AuditStoreContract extends StoreTestBeans {

    Instant NOW = Instant.parse("2026-03-02T09:00:00.123456Z");

    default AuditStore store() {
        return bean(AuditStore.class);
    }

    @BeforeEach
    default void emptyLog() {
        jdbc().sql("DELETE FROM audit_log").update();
    }

    @Test
    default void an_entry_gets_an_id_and_keeps_its_time_to_the_microsecond() {
        store().insert(NOW, "jan", "application.viewed", "application:1", "details");
        store().insert(NOW, "jan", "gkb-referrals.viewed", null, null);

        assertThat(store().recent(10)).extracting(AuditEntry::action)
                .containsExactly("gkb-referrals.viewed", "application.viewed");
        AuditEntry entry = store().forSubject("application:1").getFirst();
        assertThat(entry.id()).isPositive();
        assertThat(entry).isEqualTo(new AuditEntry(entry.id(), NOW, "jan", "application.viewed", "application:1",
                "details"));
        assertThat(store().recent(10).getFirst().subject()).isNull();
    }

    @Test
    default void recent_entries_are_the_newest_first_page_and_the_later_written_first_at_the_same_time() {
        store().insert(NOW.minusSeconds(1), "jan", "first", null, null);
        store().insert(NOW, "jan", "second", null, null);
        store().insert(NOW, "jan", "third", null, null);
        store().insert(NOW.minusSeconds(2), "jan", "written-last-but-oldest", null, null);

        assertThat(store().recent(10)).extracting(AuditEntry::action)
                .containsExactly("third", "second", "first", "written-last-but-oldest");
        assertThat(store().recent(2)).extracting(AuditEntry::action).containsExactly("third", "second");
        assertThat(store().recent(1)).extracting(AuditEntry::action).containsExactly("third");
    }

    @Test
    default void the_entries_of_one_subject_come_oldest_first() {
        store().insert(NOW, "jan", "application.granted", "application:1", null);
        store().insert(NOW.minusSeconds(5), "jan", "application.viewed", "application:1", null);
        store().insert(NOW, "jan", "application.noted", "application:1", null);
        store().insert(NOW, "jan", "application.viewed", "application:2", null);

        assertThat(store().forSubject("application:1")).extracting(AuditEntry::action)
                .containsExactly("application.viewed", "application.granted", "application.noted");
        assertThat(store().forSubject("application:3")).isEmpty();
    }
}
