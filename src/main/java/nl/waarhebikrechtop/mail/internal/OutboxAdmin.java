package nl.waarhebikrechtop.mail.internal;

import nl.waarhebikrechtop.mail.MailOutbox;
import nl.waarhebikrechtop.mail.OutgoingMail;
import nl.waarhebikrechtop.shared.DutchTime;
import nl.waarhebikrechtop.shared.i18n.MessagesI18nProvider;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** What the outbox page shows and does: the newest mails, one mail in full, a test mail. */
@Service
public class OutboxAdmin {

    public static final int PAGE_SIZE = 200;
    public static final String TEST_TEMPLATE = "test-mail";

    private final OutboxStore store;
    private final OutboxSender sender;
    private final MailOutbox outbox;
    private final Clock clock;

    OutboxAdmin(OutboxStore store, OutboxSender sender, MailOutbox outbox, Clock clock) {
        this.store = store;
        this.sender = sender;
        this.outbox = outbox;
        this.clock = clock;
    }

    public List<OutboxEntry> recent() {
        return store.findRecent(PAGE_SIZE);
    }

    public Optional<OutboxEntry> find(UUID id) {
        return store.find(id);
    }

    public boolean smtpConfigured() {
        return sender.smtpConfigured();
    }

    /** Puts a one-off test mail in the outbox, so staff can see the whole flow (and test the SMTP settings). */
    public UUID enqueueTestMail(String to, Locale locale, String sentBy) {
        Locale language = MessagesI18nProvider.supported(locale);
        String today = DutchTime.today(clock).format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(language));
        return outbox.enqueue(OutgoingMail.oneOff(TEST_TEMPLATE, language, to,
                Map.of("sender", sentBy, "date", today)));
    }
}
