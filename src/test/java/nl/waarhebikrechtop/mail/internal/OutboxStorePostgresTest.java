package nl.waarhebikrechtop.mail.internal;

import nl.waarhebikrechtop.PostgresSpringTest;
import nl.waarhebikrechtop.mail.OutgoingMail.Retention;
import nl.waarhebikrechtop.mail.RenderedMail;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.annotation.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The outbox queries on PostgreSQL (UUIDs, times with offset, limits), not only H2. */
@Transactional
class OutboxStorePostgresTest extends PostgresSpringTest implements OutboxStoreContract {
    @Test
    void the_mail_outbox_round_trips_on_postgresql() {
        Instant now = Instant.parse("2026-03-02T09:00:00.123456Z");
        UUID kept = UUID.randomUUID();
        UUID oneOff = UUID.randomUUID();
        RenderedMail mail = new RenderedMail("Onderwerp € é", "tekst", "<p>tekst</p>");
        store().insert(kept, "test-mail", Locale.of("nl"), "a@example.nl", mail, Retention.KEEP, now);
        store().insert(oneOff, "test-mail", Locale.ENGLISH, "b@example.nl", mail, Retention.ERASE_AFTER_SENDING, now);

        assertThat(store().findDue(now, 1)).hasSize(1);
        assertThat(store().findDue(now.minusSeconds(1), 10)).isEmpty();
        store().markRetry(kept, 1, now.plus(Duration.ofMinutes(1)), "down");
        store().markSent(oneOff, now);

        OutboxEntry retried = store().find(kept).orElseThrow();
        assertThat(retried.nextAttemptAt()).isEqualTo(now.plus(Duration.ofMinutes(1)));
        assertThat(retried.subject()).isEqualTo("Onderwerp € é");
        assertThat(store().find(oneOff).orElseThrow().erased()).isTrue();
        assertThat(store().findRecent(10)).hasSize(2);
    }
}
