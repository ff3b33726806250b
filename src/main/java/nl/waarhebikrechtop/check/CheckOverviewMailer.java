package nl.waarhebikrechtop.check;

import nl.waarhebikrechtop.content.LocalizedText;
import nl.waarhebikrechtop.eligibility.Assessment;
import nl.waarhebikrechtop.eligibility.SchemeResult;
import nl.waarhebikrechtop.eligibility.Verdict;
import nl.waarhebikrechtop.mail.MailOutbox;
import nl.waarhebikrechtop.mail.OutgoingMail;
import nl.waarhebikrechtop.shared.i18n.MessagesI18nProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * "Mail mij dit overzicht": puts the results in the outbox as a one-off mail. The address is used for this one
 * mail only: the outbox erases it (and the text) once the mail has been sent.
 */
@Service
public class CheckOverviewMailer {

    static final String TEMPLATE = "check-overview";

    private final MailOutbox outbox;
    private final MessagesI18nProvider i18n;
    private final String publicUrl;

    public CheckOverviewMailer(MailOutbox outbox, MessagesI18nProvider i18n,
                               @Value("${portal.public-url:http://localhost:8080}") String publicUrl) {
        this.outbox = outbox;
        this.i18n = i18n;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl : publicUrl + "/";
    }

    /** True when the text is one e-mail address we can send to. */
    public static boolean isValidAddress(String text) {
        return OutgoingMail.isValidAddress(text);
    }

    @Transactional
    public void send(Assessment assessment, Locale locale, String address) {
        String date = assessment.date().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
        outbox.enqueue(OutgoingMail.oneOff(TEMPLATE, locale, address, Map.of(
                "date", date,
                "overview", overview(assessment, locale),
                "checkUrl", publicUrl + "check")));
    }

    /** The results as plain text: per group, each scheme with its estimate and the reasons that decided. */
    String overview(Assessment assessment, Locale locale) {
        StringBuilder text = new StringBuilder(4096);
        for (Verdict verdict : Verdict.values()) {
            List<SchemeResult> group = assessment.results().stream().filter(r -> r.verdict() == verdict).toList();
            if (group.isEmpty()) {
                continue;
            }
            text.append(i18n.getTranslation("results.group." + verdict.name().toLowerCase(Locale.ROOT), locale))
                    .append('\n');
            for (SchemeResult result : group) {
                text.append("- ").append(result.name().in(locale));
                if (result.estimate() != null && verdict != Verdict.UNLIKELY) {
                    text.append(": ").append(result.estimate().text().in(locale));
                }
                if (result.subjectToConfirmation()) {
                    text.append(' ').append(i18n.getTranslation("results.unconfirmedShort", locale));
                }
                text.append('\n');
                for (LocalizedText reason : result.reasons().subList(0, Math.min(2, result.reasons().size()))) {
                    text.append("  ").append(reason.in(locale)).append('\n');
                }
                text.append("  ").append(result.link()).append('\n');
            }
            text.append('\n');
        }
        return text.toString().strip();
    }
}
