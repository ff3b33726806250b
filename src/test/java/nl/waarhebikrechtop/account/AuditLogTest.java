package nl.waarhebikrechtop.account;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
class AuditLogTest {

    @Autowired AuditLog audit;
    @Autowired TransactionTemplate transaction;

    @Test
    void a_record_says_who_did_what_when_to_which_record() {
        String subject = "application:" + UUID.randomUUID();
        Instant before = Instant.now();

        audit.record("caseworker", "application.granted", subject, "Kindpakket, 2 children");

        assertThat(audit.forSubject(subject)).singleElement().satisfies(entry -> {
            assertThat(entry.actor()).isEqualTo("caseworker");
            assertThat(entry.action()).isEqualTo("application.granted");
            assertThat(entry.details()).isEqualTo("Kindpakket, 2 children");
            assertThat(entry.occurredAt()).isBetween(before.minus(Duration.ofSeconds(1)), Instant.now());
        });
        assertThat(audit.recent(5)).extracting(AuditEntry::subject).contains(subject);
    }

    @Test
    void records_of_one_subject_come_oldest_first_and_long_details_are_cut() {
        String subject = "application:" + UUID.randomUUID();

        audit.record("caseworker", "application.viewed", subject, null);
        audit.record(CurrentUser.ANONYMOUS, "application.documentUploaded", subject, "x".repeat(5000));

        assertThat(audit.forSubject(subject)).extracting(AuditEntry::action)
                .containsExactly("application.viewed", "application.documentUploaded");
        assertThat(audit.forSubject(subject).get(1).details()).hasSize(AuditLog.DETAILS_MAX_LENGTH);
    }

    @Test
    void an_audit_record_is_rolled_back_with_the_action_it_belongs_to() {
        String subject = "application:" + UUID.randomUUID();

        transaction.executeWithoutResult(status -> {
            audit.record("caseworker", "application.refused", subject, null);
            status.setRollbackOnly();
        });

        assertThat(audit.forSubject(subject)).isEmpty();
    }
}
