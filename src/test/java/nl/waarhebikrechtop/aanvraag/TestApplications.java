package nl.waarhebikrechtop.aanvraag;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Applications and mailed links for tests that need one in a certain state. */
public final class TestApplications {

    private static final Pattern RESUME_TOKEN = Pattern.compile("/aanvragen/verder/([A-Za-z0-9_-]+)");

    private TestApplications() {
    }

    /**
     * A Kindpakket draft of {@link Households#singleParentWithLowIncome()} with Sanne's contact details, asking for
     * the given choices, or a birthday box for the first child when none are given. Not stored.
     */
    public static Application kindpakketDraft(ApplicationService applications, Choice... choices) {
        Application draft = applications.newDraft(Scheme.KINDPAKKET, Households.singleParentWithLowIncome(),
                Locale.of("nl"));
        return draft.edited(draft.situation(),
                choices.length == 0 ? List.of(Choice.forChild(0, "jarige-job")) : List.of(choices),
                Households.contact(""), Locale.of("nl"));
    }

    /** The resume token in the newest mail made from the template (e.g. {@code application-info-requested}). */
    public static String mailedToken(JdbcClient jdbc, String templateId) {
        String body = jdbc.sql("SELECT body_text FROM mail_outbox WHERE template_id = ? ORDER BY created_at DESC")
                .param(templateId).query(String.class).list().getFirst();
        Matcher link = RESUME_TOKEN.matcher(body);
        assertThat(link.find()).as("a resume link in: " + body).isTrue();
        return link.group(1);
    }
}
