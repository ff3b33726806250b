package nl.waarhebikrechtop.mail;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import nl.waarhebikrechtop.TestClock;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import nl.waarhebikrechtop.mail.internal.MailSettings;
import nl.waarhebikrechtop.mail.internal.OutboxEntry;
import nl.waarhebikrechtop.mail.internal.OutboxEntry.Status;
import nl.waarhebikrechtop.mail.internal.OutboxSender;
import nl.waarhebikrechtop.mail.internal.OutboxStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The outbox against a real SMTP server (GreenMail): delivery in both languages, nothing lost while the server is
 * down, rollback, and erasing one-off mails. Its own in-memory database, so no other test's mail is sent here.
 */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:mail-delivery;DB_CLOSE_DELAY=-1",
        "spring.mail.host=localhost", "spring.mail.port=3025", "portal.mail.max-attempts=3",
        "portal.mail.first-retry-after=PT1M", "portal.mail.from=Waar heb ik recht op <noreply@example.nl>"})
@Import(TestClock.Config.class)
class MailDeliveryTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP)
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    @Autowired MailOutbox outbox;
    @Autowired OutboxSender sender;
    @Autowired OutboxStore store;
    @Autowired TestClock clock;
    @Autowired TransactionTemplate transaction;
    @Autowired JdbcClient jdbc;
    @Autowired MailSettings settings;

    @BeforeEach
    void emptyOutbox() {
        jdbc.sql("DELETE FROM mail_outbox").update();
    }

    @Test
    void a_dutch_mail_is_delivered_with_text_and_escaped_html() {
        outbox.enqueue(overview(Locale.of("nl"), "<b>Kindpakket</b> & Meedoen"));

        assertThat(sender.sendDue()).isEqualTo(1);

        ReceivedMail mail = ReceivedMail.of(smtp.getReceivedMessages()[0]);
        assertThat(mail.subject()).isEqualTo("Uw overzicht: waar heeft u misschien recht op?");
        assertThat(mail.to()).isEqualTo("inwoner@example.nl");
        assertThat(mail.from()).contains("noreply@example.nl");
        assertThat(mail.language()).isEqualTo("nl");
        assertThat(mail.text()).contains("<b>Kindpakket</b> & Meedoen", "Met vriendelijke groet");
        assertThat(mail.html()).contains("&lt;b&gt;Kindpakket&lt;/b&gt; &amp; Meedoen").doesNotContain("<b>");
    }

    @Test
    void an_english_mail_is_delivered_in_english() {
        outbox.enqueue(overview(Locale.ENGLISH, "Kindpakket: probably yes"));

        sender.sendDue();

        ReceivedMail mail = ReceivedMail.of(smtp.getReceivedMessages()[0]);
        assertThat(mail.subject()).isEqualTo("Your overview: what you may be entitled to");
        assertThat(mail.language()).isEqualTo("en");
        assertThat(mail.text()).contains("Kindpakket: probably yes", "Kind regards");
        assertThat(mail.html()).contains("<html lang=\"en\">");
    }

    @Test
    void while_smtp_is_down_nothing_is_lost_and_the_mail_goes_out_after_recovery() {
        UUID id = outbox.enqueue(overview(Locale.ENGLISH, "everything"));
        smtp.stop();

        assertThat(sender.sendDue()).isZero();
        OutboxEntry first = store.find(id).orElseThrow();
        assertThat(first.status()).isEqualTo(Status.PENDING);
        assertThat(first.attempts()).isEqualTo(1);
        assertThat(first.nextAttemptAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(1)));
        assertThat(first.lastError()).isNotBlank();

        sender.sendDue();
        assertThat(store.find(id).orElseThrow().attempts()).as("not retried before the backoff").isEqualTo(1);

        clock.advance(Duration.ofMinutes(1));
        sender.sendDue();
        OutboxEntry second = store.find(id).orElseThrow();
        assertThat(second.attempts()).isEqualTo(2);
        assertThat(second.nextAttemptAt()).as("the wait doubles").isEqualTo(clock.instant().plus(Duration.ofMinutes(2)));

        smtp.start();
        clock.advance(Duration.ofMinutes(2));
        assertThat(sender.sendDue()).isEqualTo(1);
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        OutboxEntry sent = store.find(id).orElseThrow();
        assertThat(sent.status()).isEqualTo(Status.SENT);
        assertThat(sent.sentAt()).isEqualTo(clock.instant());
        assertThat(sent.lastError()).isNull();
    }

    @Test
    void after_the_last_attempt_a_mail_is_failed_and_no_longer_tried() {
        UUID id = outbox.enqueue(overview(Locale.ENGLISH, "everything"));
        smtp.stop();
        for (int i = 0; i < 3; i++) {
            sender.sendDue();
            clock.advance(Duration.ofHours(1));
        }
        OutboxEntry failed = store.find(id).orElseThrow();
        assertThat(failed.status()).isEqualTo(Status.FAILED);
        assertThat(failed.attempts()).isEqualTo(3);

        smtp.start();
        assertThat(sender.sendDue()).isZero();
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    @Test
    void a_one_off_mail_that_fails_for_good_is_erased_too() {
        UUID id = outbox.enqueue(OutgoingMail.oneOff("check-overview", Locale.ENGLISH, "inwoner@example.nl",
                Map.of("date", "today", "overview", "secret", "checkUrl", "https://example.nl")));
        smtp.stop();
        for (int i = 0; i < 3; i++) {
            sender.sendDue();
            clock.advance(Duration.ofHours(1));
        }

        OutboxEntry failed = store.find(id).orElseThrow();
        assertThat(failed.status()).isEqualTo(Status.FAILED);
        assertThat(failed.erased()).isTrue();
        assertThat(failed.bodyText()).isNull();
        assertThat(failed.lastError()).isNotBlank();
    }

    @Test
    void an_smtp_error_that_quotes_the_address_is_kept_with_the_address_masked() {
        JavaMailSender rejecting = mock(JavaMailSender.class);
        when(rejecting.createMimeMessage()).thenReturn(new MimeMessage((Session) null));
        doThrow(new MailSendException("550 5.1.1 <inwoner@example.nl>: Recipient address rejected"))
                .when(rejecting).send(any(MimeMessage.class));
        OutboxSender rejectingSender = new OutboxSender(store, settings, clock,
                new StaticListableBeanFactory(Map.of("mailSender", rejecting)).getBeanProvider(JavaMailSender.class),
                "localhost");
        UUID id = outbox.enqueue(overview(Locale.ENGLISH, "rejected"));

        rejectingSender.sendDue();

        assertThat(store.find(id).orElseThrow().lastError())
                .contains("i***@example.nl", "Recipient address rejected").doesNotContain("inwoner@example.nl");
    }

    @Test
    void a_mail_enqueued_in_a_transaction_that_rolls_back_is_never_sent() {
        UUID id = transaction.execute(status -> {
            UUID enqueued = outbox.enqueue(overview(Locale.ENGLISH, "rolled back"));
            status.setRollbackOnly();
            return enqueued;
        });

        assertThat(store.find(id)).isEmpty();
        assertThat(sender.sendDue()).isZero();
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    @Test
    void a_one_off_mail_keeps_only_id_template_and_times_after_sending() {
        UUID id = outbox.enqueue(OutgoingMail.oneOff("check-overview", Locale.ENGLISH, "inwoner@example.nl",
                Map.of("date", "today", "overview", "secret household details", "checkUrl", "https://example.nl")));

        sender.sendDue();

        assertThat(ReceivedMail.of(smtp.getReceivedMessages()[0]).text()).contains("secret household details");
        OutboxEntry erased = store.find(id).orElseThrow();
        assertThat(erased.erased()).isTrue();
        assertThat(erased.recipient()).isNull();
        assertThat(erased.subject()).isNull();
        assertThat(erased.bodyText()).isNull();
        assertThat(erased.bodyHtml()).isNull();
        assertThat(erased.templateId()).isEqualTo("check-overview");
        assertThat(erased.sentAt()).isEqualTo(clock.instant());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE body_text LIKE '%secret%'")
                .query(Integer.class).single()).isZero();
    }

    @Test
    void a_kept_mail_keeps_its_text_and_shows_the_recipient_masked_after_sending() {
        UUID id = outbox.enqueue(overview(Locale.ENGLISH, "kept"));
        assertThat(store.find(id).orElseThrow().displayRecipient()).isEqualTo("inwoner@example.nl");

        sender.sendDue();

        OutboxEntry sent = store.find(id).orElseThrow();
        assertThat(sent.bodyText()).contains("kept");
        assertThat(sent.displayRecipient()).isEqualTo("i***@example.nl");
    }

    @Test
    void sent_and_failed_mails_are_deleted_after_the_retention_period_but_waiting_ones_never() {
        UUID sent = outbox.enqueue(overview(Locale.ENGLISH, "old"));
        sender.sendDue();
        smtp.stop();
        UUID waiting = outbox.enqueue(overview(Locale.ENGLISH, "waiting"));

        clock.advance(Duration.ofDays(89));
        assertThat(sender.purgeOld()).isZero();
        clock.advance(Duration.ofDays(2));
        assertThat(sender.purgeOld()).isEqualTo(1);

        assertThat(store.find(sent)).isEmpty();
        assertThat(store.find(waiting)).isPresent();
    }

    private static OutgoingMail overview(Locale locale, String overview) {
        return OutgoingMail.kept("check-overview", locale, "inwoner@example.nl",
                Map.of("date", "2026-03-02", "overview", overview, "checkUrl", "https://example.nl/check"));
    }
}
