package nl.waarhebikrechtop.mail.internal;

import nl.waarhebikrechtop.StoreTestBeans;
import nl.waarhebikrechtop.mail.OutgoingMail.Retention;
import nl.waarhebikrechtop.mail.RenderedMail;
import nl.waarhebikrechtop.mail.internal.OutboxEntry.Status;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.annotation.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outbox queries, run on H2 ({@link OutboxStoreTest}) and PostgreSQL ({@link OutboxStorePostgresTest}). Each
 * test runs in a transaction that is rolled back, starting from an empty outbox.
 */
// On the interface: Spring looks for @Transactional on the class that declares the test method, here this one
@Transactional
interface OutboxStoreContract extends StoreTestBeans {

    Instant NOW = Instant.parse("2026-03-02T09:00:00.123456Z");
    RenderedMail MAIL = new RenderedMail("Onderwerp € é", "tekst", "<p>tekst</p>");

    default OutboxStore store() {
        return bean(OutboxStore.class);
    }

    @BeforeEach
    default void emptyOutbox() {
        jdbc().sql("DELETE FROM mail_outbox").update();
    }

    private UUID mail(Retention retention, Instant createdAt) {
        UUID id = UUID.randomUUID();
        store().insert(id, "test-mail", Locale.of("nl"), "a@example.nl", MAIL, retention, createdAt);
        return id;
    }

    @Test
    default void a_new_mail_is_pending_and_due_at_once_with_its_time_to_the_microsecond() {
        UUID id = mail(Retention.KEEP, NOW);

        OutboxEntry entry = store().find(id).orElseThrow();
        assertThat(entry).isEqualTo(new OutboxEntry(id, "test-mail", "nl", "a@example.nl", "Onderwerp € é", "tekst",
                "<p>tekst</p>", Retention.KEEP, Status.PENDING, 0, NOW, null, NOW, null));
        assertThat(jdbc().sql("SELECT COUNT(*) FROM mail_outbox WHERE id = ?").param(id).query(Long.class).single())
                .as("visible to plain SQL in the same transaction").isOne();
        assertThat(store().find(UUID.randomUUID())).isEmpty();
    }

    @Test
    default void due_mails_are_the_pending_ones_oldest_due_first_up_to_the_limit() {
        UUID second = mail(Retention.KEEP, NOW.plusSeconds(1));
        UUID first = mail(Retention.KEEP, NOW);
        UUID later = mail(Retention.KEEP, NOW.plusSeconds(60));
        UUID sent = mail(Retention.KEEP, NOW);
        store().markSent(sent, NOW);
        UUID retried = mail(Retention.KEEP, NOW.minusSeconds(60));
        store().markRetry(retried, 1, NOW.plusSeconds(2), "down");

        assertThat(store().findDue(NOW.plusSeconds(2), 10)).extracting(OutboxEntry::id)
                .containsExactly(first, second, retried);
        assertThat(store().findDue(NOW.plusSeconds(2), 2)).extracting(OutboxEntry::id).containsExactly(first, second);
        assertThat(store().findDue(NOW.minusNanos(1000), 10)).isEmpty();
        assertThat(store().findDue(NOW.plusSeconds(60), 10)).extracting(OutboxEntry::id).contains(later);
    }

    @Test
    default void recent_mails_come_newest_first_up_to_the_limit() {
        UUID old = mail(Retention.KEEP, NOW.minus(Duration.ofDays(1)));
        UUID newest = mail(Retention.KEEP, NOW);
        UUID middle = mail(Retention.ERASE_AFTER_SENDING, NOW.minusSeconds(1));

        assertThat(store().findRecent(10)).extracting(OutboxEntry::id).containsExactly(newest, middle, old);
        assertThat(store().findRecent(2)).extracting(OutboxEntry::id).containsExactly(newest, middle);
    }

    @Test
    default void a_sent_mail_is_erased_only_when_it_was_one_off_and_is_not_changed_again() {
        UUID kept = mail(Retention.KEEP, NOW);
        UUID oneOff = mail(Retention.ERASE_AFTER_SENDING, NOW);
        store().markRetry(kept, 1, NOW, "down");

        store().markSent(kept, NOW.plusSeconds(5));
        store().markSent(oneOff, NOW.plusSeconds(5));

        OutboxEntry sentKept = store().find(kept).orElseThrow();
        assertThat(sentKept.status()).isEqualTo(Status.SENT);
        assertThat(sentKept.sentAt()).isEqualTo(NOW.plusSeconds(5));
        assertThat(sentKept.attempts()).isEqualTo(2);
        assertThat(sentKept.lastError()).isNull();
        assertThat(sentKept.subject()).isEqualTo("Onderwerp € é");
        OutboxEntry sentOneOff = store().find(oneOff).orElseThrow();
        assertThat(sentOneOff.erased()).isTrue();
        assertThat(sentOneOff.subject()).isNull();
        assertThat(sentOneOff.bodyText()).isNull();
        assertThat(sentOneOff.bodyHtml()).isNull();

        store().markSent(kept, NOW.plusSeconds(99));
        store().markRetry(kept, 7, NOW.plusSeconds(99), "again");
        store().markFailed(kept, 8, "late");
        assertThat(store().find(kept)).contains(sentKept);
    }

    @Test
    default void a_retry_keeps_the_mail_pending_with_a_shortened_error() {
        UUID id = mail(Retention.ERASE_AFTER_SENDING, NOW);

        store().markRetry(id, 3, NOW.plus(Duration.ofMinutes(4)), "x".repeat(5000));

        OutboxEntry entry = store().find(id).orElseThrow();
        assertThat(entry.status()).isEqualTo(Status.PENDING);
        assertThat(entry.attempts()).isEqualTo(3);
        assertThat(entry.nextAttemptAt()).isEqualTo(NOW.plus(Duration.ofMinutes(4)));
        assertThat(entry.lastError()).hasSize(OutboxStore.LAST_ERROR_MAX_LENGTH);
        assertThat(entry.recipient()).isEqualTo("a@example.nl");
    }

    @Test
    default void a_failed_mail_is_erased_only_when_it_was_one_off_and_is_not_changed_again() {
        UUID kept = mail(Retention.KEEP, NOW);
        UUID oneOff = mail(Retention.ERASE_AFTER_SENDING, NOW);

        store().markFailed(kept, 8, "550 unknown user");
        store().markFailed(oneOff, 8, "550 unknown user");

        OutboxEntry failedKept = store().find(kept).orElseThrow();
        assertThat(failedKept.status()).isEqualTo(Status.FAILED);
        assertThat(failedKept.attempts()).isEqualTo(8);
        assertThat(failedKept.lastError()).isEqualTo("550 unknown user");
        assertThat(failedKept.recipient()).isEqualTo("a@example.nl");
        assertThat(failedKept.sentAt()).isNull();
        assertThat(store().find(oneOff).orElseThrow().erased()).isTrue();

        store().markSent(kept, NOW.plusSeconds(1));
        assertThat(store().find(kept)).contains(failedKept);
    }

    @Test
    default void only_sent_and_failed_mails_created_before_the_time_are_deleted() {
        Instant cutOff = NOW.minus(Duration.ofDays(90));
        UUID oldSent = mail(Retention.KEEP, cutOff.minusNanos(1000));
        store().markSent(oldSent, NOW);
        UUID oldFailed = mail(Retention.KEEP, cutOff.minus(Duration.ofDays(1)));
        store().markFailed(oldFailed, 8, "down");
        UUID oldPending = mail(Retention.KEEP, cutOff.minus(Duration.ofDays(1)));
        UUID recentSent = mail(Retention.KEEP, cutOff);
        store().markSent(recentSent, NOW);

        assertThat(store().deleteFinishedBefore(cutOff)).isEqualTo(2);

        assertThat(store().find(oldSent)).isEmpty();
        assertThat(store().find(oldFailed)).isEmpty();
        assertThat(store().find(oldPending)).as("pending mails are never deleted").isPresent();
        assertThat(store().find(recentSent)).isPresent();
        assertThat(store().deleteFinishedBefore(cutOff)).isZero();
    }
}
