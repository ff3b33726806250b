package nl.waarhebikrechtop.mail;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A mail to send: which template, in which language, to whom, with which values for its placeholders, and
 * whether the outbox may keep the recipient and text after sending.
 *
 * @param templateId a template under {@code src/main/resources/mail/}, e.g. {@code check-overview}
 * @param locale     Dutch or English (anything else falls back to Dutch)
 * @param to         one e-mail address; checked here, so a typo fails at the caller and not in the sender
 * @param parameters values for the template's {@code {{name}}} placeholders (not null)
 * @param retention  what the outbox keeps after sending
 */
public record OutgoingMail(String templateId, Locale locale, String to, Map<String, ?> parameters,
                           Retention retention) {

    /** What the outbox keeps of a mail once it is sent. */
    public enum Retention {
        /** Keep the recipient, subject and body (e.g. a confirmation that belongs to an application). */
        KEEP,
        /**
         * Privacy (AVG data minimisation) for one-off mails such as "mail mij dit overzicht": once sent, the
         * recipient, subject and bodies are erased; only id, template, language, status and times remain. The same
         * happens when the outbox gives up on the mail (FAILED after the last attempt).
         */
        ERASE_AFTER_SENDING
    }

    public OutgoingMail {
        Objects.requireNonNull(templateId, "templateId");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(retention, "retention");
        parameters = Map.copyOf(Objects.requireNonNull(parameters, "parameters"));
        to = validAddress(to);
    }

    /** A mail whose recipient and text stay in the outbox after sending. */
    public static OutgoingMail kept(String templateId, Locale locale, String to, Map<String, ?> parameters) {
        return new OutgoingMail(templateId, locale, to, parameters, Retention.KEEP);
    }

    /** A one-off mail: the recipient and text are erased from the outbox once it has been sent. */
    public static OutgoingMail oneOff(String templateId, Locale locale, String to, Map<String, ?> parameters) {
        return new OutgoingMail(templateId, locale, to, parameters, Retention.ERASE_AFTER_SENDING);
    }

    /** True when the text looks like one deliverable address (no name part, no list); for form validation. */
    public static boolean isValidAddress(String text) {
        try {
            validAddress(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String validAddress(String text) {
        String trimmed = text == null ? "" : text.strip();
        try {
            InternetAddress address = new InternetAddress(trimmed, true);
            if (!address.getAddress().equals(trimmed) || !trimmed.contains("@")) {
                throw new AddressException("not a single plain address");
            }
            return trimmed;
        } catch (AddressException e) {
            throw new IllegalArgumentException("Not a valid e-mail address", e);
        }
    }
}
