package nl.waarhebikrechtop.mail;

import nl.waarhebikrechtop.mail.internal.OutboxEntry;
import nl.waarhebikrechtop.mail.internal.OutboxSender;
import nl.waarhebikrechtop.mail.internal.OutboxStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The default configuration has no SMTP server: mails wait in the outbox and the sender does not try. */
@SpringBootTest
class MailWithoutSmtpTest {

    @Autowired MailOutbox outbox;
    @Autowired OutboxSender sender;
    @Autowired OutboxStore store;

    @Test
    void without_an_smtp_host_mails_stay_pending_and_untried() {
        UUID id = outbox.enqueue(OutgoingMail.kept("test-mail", Locale.ENGLISH, "staff@example.nl",
                Map.of("sender", "admin", "date", "today")));

        assertThat(sender.smtpConfigured()).isFalse();
        assertThat(sender.sendDue()).isZero();

        OutboxEntry entry = store.find(id).orElseThrow();
        assertThat(entry.status()).isEqualTo(OutboxEntry.Status.PENDING);
        assertThat(entry.attempts()).isZero();
        assertThat(entry.subject()).isEqualTo("Test mail from Waar heb ik recht op");
    }

    @Test
    void an_unknown_template_is_refused_at_the_caller_and_nothing_is_stored() {
        int before = store.findRecent(1000).size();

        assertThatThrownBy(() -> outbox.enqueue(OutgoingMail.kept("no-such-template", Locale.ENGLISH,
                "staff@example.nl", Map.of()))).isInstanceOf(IllegalArgumentException.class);

        assertThat(store.findRecent(1000)).hasSize(before);
    }
}
