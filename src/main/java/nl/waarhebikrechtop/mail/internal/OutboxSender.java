package nl.waarhebikrechtop.mail.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Delivers due mails from the outbox. Each mail is sent outside any database transaction and its outcome written
 * right after, so a crash can at worst send one mail twice, never lose one. A failure is retried with exponential
 * backoff until {@link MailSettings#maxAttempts()}; then the mail is FAILED and stays visible on the admin page.
 * Without {@code spring.mail.host} nothing is tried: the mails wait in the outbox.
 */
@Component
public class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

    private final OutboxStore store;
    private final MailSettings settings;
    private final Clock clock;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final boolean smtpConfigured;

    public OutboxSender(OutboxStore store, MailSettings settings, Clock clock, ObjectProvider<JavaMailSender> mailSender,
                        @Value("${spring.mail.host:}") String smtpHost) {
        this.store = store;
        this.settings = settings;
        this.clock = clock;
        this.mailSender = mailSender;
        this.smtpConfigured = StringUtils.hasText(smtpHost);
        if (!smtpConfigured) {
            log.info("No SMTP server configured (spring.mail.host): mails stay in the outbox, see /beheer/mail");
        }
    }

    public boolean smtpConfigured() {
        return smtpConfigured && mailSender.getIfAvailable() != null;
    }

    /** Sends the mails that are due now; returns how many were delivered. */
    public int sendDue() {
        if (!smtpConfigured()) {
            return 0;
        }
        List<OutboxEntry> due = store.findDue(clock.instant(), settings.batchSize());
        int delivered = 0;
        for (OutboxEntry entry : due) {
            if (deliver(entry)) {
                delivered++;
            }
        }
        return delivered;
    }

    /** Retention (AVG): deletes sent and failed mails older than {@link MailSettings#retention()}. */
    public int purgeOld() {
        int deleted = store.deleteFinishedBefore(clock.instant().minus(settings.retention()));
        if (deleted > 0) {
            log.info("Deleted {} sent or failed mails older than {} from the outbox", deleted, settings.retention());
        }
        return deleted;
    }

    private boolean deliver(OutboxEntry entry) {
        try {
            JavaMailSender sender = mailSender.getObject();
            sender.send(message(sender, entry));
            store.markSent(entry.id(), clock.instant());
            return true;
        } catch (MailException | MessagingException e) {
            recordFailure(entry, e);
            return false;
        }
    }

    private void recordFailure(OutboxEntry entry, Exception e) {
        int attempts = entry.attempts() + 1;
        // SMTP errors often quote the address ("550 <jan@example.nl>: unknown user"); the log and last_error
        // outlive the mail's retention, so they get the masked form.
        String error = (e.getClass().getSimpleName() + ": " + e.getMessage())
                .replace(entry.recipient(), String.valueOf(entry.masked()));
        if (attempts >= settings.maxAttempts()) {
            log.warn("Mail {} ({}) failed for good after {} attempts: {}", entry.id(), entry.templateId(), attempts,
                    error);
            store.markFailed(entry.id(), attempts, error);
        } else {
            Instant next = clock.instant().plus(settings.backoff(attempts));
            log.info("Mail {} ({}) not sent (attempt {}), next attempt at {}: {}", entry.id(), entry.templateId(),
                    attempts, next, error);
            store.markRetry(entry.id(), attempts, next, error);
        }
    }

    private MimeMessage message(JavaMailSender sender, OutboxEntry entry) throws MessagingException {
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED,
                StandardCharsets.UTF_8.name());
        helper.setFrom(settings.from());
        helper.setTo(entry.recipient());
        helper.setSubject(entry.subject());
        helper.setText(entry.bodyText(), entry.bodyHtml());
        message.setHeader("Content-Language", entry.locale());
        message.setHeader("Auto-Submitted", "auto-generated");
        return message;
    }
}
