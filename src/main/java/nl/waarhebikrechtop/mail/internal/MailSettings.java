package nl.waarhebikrechtop.mail.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How the outbox sends (properties {@code portal.mail.*}).
 *
 * @param from            the sender address, e.g. {@code Waar heb ik recht op <noreply@example.nl>}
 * @param maxAttempts     after this many failed attempts a mail is FAILED and no longer retried
 * @param firstRetryAfter the wait after the first failure; it doubles after every further failure
 * @param maxRetryAfter   the longest wait between two attempts
 * @param batchSize       how many due mails one run of the sender takes
 * @param retention       sent and failed mails are deleted from the outbox this long after they were created
 */
@ConfigurationProperties("portal.mail")
public record MailSettings(
        @DefaultValue("Waar heb ik recht op <noreply@waarhebikrechtop.nl>") String from,
        @DefaultValue("8") int maxAttempts,
        @DefaultValue("PT1M") Duration firstRetryAfter,
        @DefaultValue("PT6H") Duration maxRetryAfter,
        @DefaultValue("50") int batchSize,
        @DefaultValue("P90D") Duration retention) {

    /** The wait before the next attempt after {@code failedAttempts} failures: 1, 2, 4, 8 ... times the first. */
    public Duration backoff(int failedAttempts) {
        int doublings = Math.clamp(failedAttempts - 1, 0, 30);
        Duration wait = firstRetryAfter.multipliedBy(1L << doublings);
        return wait.compareTo(maxRetryAfter) > 0 ? maxRetryAfter : wait;
    }
}
