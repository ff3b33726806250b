package nl.waarhebikrechtop.mail;

import nl.waarhebikrechtop.mail.internal.OutboxStore;
import nl.waarhebikrechtop.shared.i18n.MessagesI18nProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.UUID;

/**
 * The only way to send mail: {@link #enqueue} renders the template and writes the mail to the outbox; the
 * scheduled sender delivers it later.
 * <p>
 * Transactions: {@code enqueue} uses {@link Propagation#REQUIRED}. Called inside the transaction of the change
 * that causes the mail (an application submitted, a decision taken), it joins that transaction: the mail is
 * committed with the change or rolled back with it, never one without the other. A caller that changes nothing
 * else (a one-off mail such as "mail mij dit overzicht") needs no transaction of its own and gets one here.
 * We chose REQUIRED over MANDATORY for that second case; callers that change data must therefore make sure
 * they are transactional themselves (a service method with {@code @Transactional}).
 */
@Service
public class MailOutbox {

    private final MailTemplates templates;
    private final OutboxStore store;
    private final Clock clock;

    MailOutbox(MailTemplates templates, OutboxStore store, Clock clock) {
        this.templates = templates;
        this.store = store;
        this.clock = clock;
    }

    /**
     * Renders the mail and stores it for sending.
     *
     * @return the outbox id of the mail
     * @throws IllegalArgumentException when the template is unknown or a placeholder has no value; nothing is stored
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public UUID enqueue(OutgoingMail mail) {
        RenderedMail rendered = templates.render(mail.templateId(), mail.locale(), mail.parameters());
        UUID id = UUID.randomUUID();
        store.insert(id, mail.templateId(), MessagesI18nProvider.supported(mail.locale()),
                mail.to(), rendered, mail.retention(), clock.instant());
        return id;
    }
}
