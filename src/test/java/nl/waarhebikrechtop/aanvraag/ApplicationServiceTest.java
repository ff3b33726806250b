package nl.waarhebikrechtop.aanvraag;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import nl.waarhebikrechtop.TestClock;
import nl.waarhebikrechtop.aanvraag.internal.ApplicationStore;
import nl.waarhebikrechtop.eligibility.Verdict;
import nl.waarhebikrechtop.mail.ReceivedMail;
import nl.waarhebikrechtop.mail.internal.OutboxSender;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Drafts, resume links and submit against H2, with the mails delivered to a real SMTP server. */
@SpringBootTest
@Import(TestClock.Config.class)
@TestPropertySource(properties = {"spring.datasource.url=jdbc:h2:mem:aanvraag-service;DB_CLOSE_DELAY=-1",
        "spring.mail.host=localhost", "spring.mail.port=3025", "portal.public-url=https://portal.example.nl"})
class ApplicationServiceTest {

    static final Pattern RESUME_LINK = Pattern.compile("https://portal\\.example\\.nl/aanvragen/verder/([A-Za-z0-9_-]+)");

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP)
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    @Autowired ApplicationService applications;
    @Autowired OutboxSender sender;
    @Autowired JdbcClient jdbc;
    @Autowired TestClock clock;
    @Autowired ApplicationStore store;
    @Autowired Casework casework;

    @BeforeEach
    void startOnMondayTheSecondOfMarch() {
        clock.set(Instant.parse("2026-03-02T09:00:00Z"));
        jdbc.sql("DELETE FROM mail_outbox").update();
        jdbc.sql("DELETE FROM application").update();
    }

    private Application kindpakketDraft() {
        Application draft = applications.newDraft(Scheme.KINDPAKKET, Households.singleParentWithLowIncome(),
                Locale.of("nl"));
        return draft.edited(draft.situation(), List.of(Choice.forChild(0, "jarige-job"), Choice.forChild(1, "leergeld")),
                Households.contact(""), Locale.of("nl"));
    }

    private String mailedToken() throws Exception {
        sender.sendDue();
        ReceivedMail mail = ReceivedMail.of(smtp.getReceivedMessages()[smtp.getReceivedMessages().length - 1]);
        Matcher link = RESUME_LINK.matcher(mail.text());
        assertThat(link.find()).as("a resume link in: " + mail.text()).isTrue();
        return link.group(1);
    }

    @Test
    void a_saved_draft_is_mailed_as_a_personal_link_that_opens_it_again() throws Exception {
        Application saved = applications.saveDraft(kindpakketDraft());

        String token = mailedToken();
        ReceivedMail mail = ReceivedMail.of(smtp.getReceivedMessages()[0]);
        assertThat(mail.to()).isEqualTo("sanne@example.nl");
        assertThat(mail.subject()).isEqualTo("Uw aanvraag Kindpakket is bewaard");
        assertThat(mail.text()).contains("De link werkt tot en met 1 april 2026.");
        assertThat(token.length()).as("256 random bits, base64url").isEqualTo(43);

        Application resumed = applications.resume(token).orElseThrow();
        assertThat(resumed.id()).isEqualTo(saved.id());
        assertThat(resumed.status()).isEqualTo(ApplicationStatus.DRAFT);
        assertThat(resumed.situation()).isEqualTo(Households.singleParentWithLowIncome());
        assertThat(resumed.choices()).containsExactlyInAnyOrder(Choice.forChild(0, "jarige-job"),
                Choice.forChild(1, "leergeld"));
        assertThat(resumed.contact()).isEqualTo(Households.contact(""));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM resume_token WHERE token_hash = ?").param(token)
                .query(Long.class).single()).as("the token itself is never stored").isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE body_text LIKE ? OR recipient IS NOT NULL")
                .param("%" + token + "%").query(Long.class).single()).as("nor kept in the sent mail").isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM resume_token WHERE token_hash = ?").param(ResumeTokens.hash(token))
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void a_wrong_token_and_an_expired_token_give_the_same_empty_answer() throws Exception {
        applications.saveDraft(kindpakketDraft());
        String token = mailedToken();

        assertThat(applications.resume(token.substring(1) + "x")).isEmpty();
        assertThat(applications.resume("")).isEmpty();
        clock.advance(Duration.ofDays(29));
        assertThat(applications.resume(token)).as("still valid after 29 days").isPresent();
        clock.advance(Duration.ofDays(1));
        assertThat(applications.resume(token)).as("expired after 30 days").isEmpty();
    }

    @Test
    void a_draft_needs_a_valid_address_for_its_link() {
        Application draft = kindpakketDraft();
        Application noMail = draft.edited(draft.situation(), draft.choices(), new ContactDetails("", "", "", "", null,
                "sanne@", "", ""), Locale.of("nl"));

        assertThat(applications.draftProblems(noMail)).containsEntry(FormField.EMAIL, "apply.error.email.invalid");
        assertThatThrownBy(() -> applications.saveDraft(noMail)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void submit_stores_the_eligibility_of_that_moment_a_reference_and_mails_what_happens_next() throws Exception {
        Application draft = kindpakketDraft();

        Submitted submitted = applications.submit(draft, true);

        assertThat(submitted.reference()).matches("KP-2026-[A-Z2-9]{6}");
        assertThat(submitted.decideBy()).isEqualTo("2026-04-27");
        Application stored = jdbcFind(draft);
        assertThat(stored.status()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(stored.reference()).isEqualTo(submitted.reference());
        assertThat(stored.verdictAtSubmit()).isEqualTo(Verdict.LIKELY);
        assertThat(jdbc.sql("SELECT assessment_json FROM application WHERE id = ?").param(draft.id())
                .query(String.class).single()).contains("\"date\":\"2026-03-02\"", "\"schemeId\":\"kindpakket\"");

        String token = mailedToken();
        ReceivedMail mail = ReceivedMail.of(smtp.getReceivedMessages()[0]);
        assertThat(mail.subject()).isEqualTo("Wij hebben uw aanvraag Kindpakket ontvangen (" + submitted.reference() + ")");
        assertThat(mail.text()).contains("Beste Sanne de Vries", "uiterlijk op 27 april 2026", "binnen 8 weken");
        assertThat(applications.resume(token).orElseThrow().status()).as("the link shows the status")
                .isEqualTo(ApplicationStatus.SUBMITTED);
        assertThatThrownBy(() -> applications.submit(draft, true)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void an_application_sent_just_after_midnight_dutch_time_counts_its_eight_weeks_from_that_dutch_day() {
        // 23:30 UTC on Sunday 1 March is 00:30 on Monday 2 March in Assen (UTC+1): 2 March + 8 weeks = 27 April
        clock.set(Instant.parse("2026-03-01T23:30:00Z"));

        Application draft = kindpakketDraft();

        Submitted submitted = applications.submit(draft, true);

        assertThat(submitted.decideBy()).isEqualTo("2026-04-27");
        assertThat(applications.decideBy(jdbcFind(draft))).as("as the case page shows it").isEqualTo("2026-04-27");
    }

    @Test
    void each_caseworker_step_reaches_the_resident_by_mail_with_the_question_or_reason_and_a_working_link()
            throws Exception {
        Application asked = kindpakketDraft();
        String askedReference = applications.submit(asked, true).reference();
        Application refused = kindpakketDraft();
        String refusedReference = applications.submit(refused, true).reference();
        sender.sendDue();
        int before = smtp.getReceivedMessages().length;

        casework.askForInformation(asked.id(), "Wilt u uw loonstrook van februari sturen?", "marieke");
        String token = mailedToken();
        ReceivedMail question = ReceivedMail.of(smtp.getReceivedMessages()[before]);
        assertThat(question.subject())
                .isEqualTo("Wij hebben meer informatie nodig voor uw aanvraag Kindpakket (" + askedReference + ")");
        assertThat(question.text()).contains("Wilt u uw loonstrook van februari sturen?",
                "beantwoordt u de vraag en stuurt u bestanden mee");
        applications.answer(applications.resume(token).orElseThrow(), "Die stuur ik morgen.");

        casework.grant(asked.id(), "", "marieke");
        casework.refuse(refused.id(), "Uw inkomen is hoger dan de grens.", "marieke");
        sender.sendDue();

        ReceivedMail granted = ReceivedMail.of(smtp.getReceivedMessages()[before + 1]);
        ReceivedMail refusal = ReceivedMail.of(smtp.getReceivedMessages()[before + 2]);
        assertThat(granted.subject()).isEqualTo("U krijgt Kindpakket (" + askedReference + ")");
        assertThat(refusal.subject()).isEqualTo("Uw aanvraag Kindpakket (" + refusedReference + ") is afgewezen");
        assertThat(refusal.text()).contains("Uw inkomen is hoger dan de grens.", "bezwaar");
        assertThat(List.of(granted.to(), refusal.to())).containsOnly("sanne@example.nl");
    }

    @Test
    void submit_evaluates_again_so_an_income_that_is_now_too_high_is_stored_as_unlikely() {
        Application draft = applications.newDraft(Scheme.KINDPAKKET, Households.withIncome(new BigDecimal("4000")),
                Locale.of("nl"));
        Application rich = draft.edited(draft.situation(), List.of(Choice.forChild(0, "nationaal-fonds-kinderhulp")),
                Households.contact(""), Locale.of("nl"));

        applications.submit(rich, true);

        assertThat(jdbcFind(rich).verdictAtSubmit()).isEqualTo(Verdict.UNLIKELY);
    }

    @Test
    void submit_refuses_choices_that_do_not_fit_a_missing_declaration_and_a_wrong_iban() {
        Application draft = applications.newDraft(Scheme.MEEDOEN, Households.singleParentWithLowIncome(),
                Locale.of("nl"));
        Application wrong = draft.edited(draft.situation(), List.of(new Choice(Beneficiary.PARTNER, 0,
                Choice.SPORT_CULTURE)), Households.contact("NL91ABNA0417164301"), Locale.of("nl"));

        assertThat(applications.submitProblems(wrong, false)).containsEntry(FormField.CHOICES,
                "apply.error.choices.notEligible").containsEntry(FormField.DECLARATION, "apply.error.declaration")
                .containsEntry(FormField.IBAN, "apply.error.iban.invalid");
        assertThatThrownBy(() -> applications.submit(wrong, true)).isInstanceOf(IllegalArgumentException.class);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM application WHERE id = ?").param(draft.id()).query(Long.class)
                .single()).isZero();
    }

    @Test
    void drafts_untouched_for_30_days_are_deleted_with_their_links_and_submitted_ones_stay() throws Exception {
        Application old = applications.saveDraft(kindpakketDraft());
        String token = mailedToken();
        Application sent = kindpakketDraft();
        applications.submit(sent, true);
        clock.advance(Duration.ofDays(10));
        Application recent = applications.saveDraft(kindpakketDraft());
        clock.advance(Duration.ofDays(20).plusMinutes(1));

        assertThat(applications.deleteStaleDrafts()).isEqualTo(1);

        assertThat(store.find(old.id())).isEmpty();
        assertThat(applications.resume(token)).isEmpty();
        assertThat(store.find(recent.id())).isPresent();
        assertThat(store.find(sent.id())).isPresent();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM resume_token WHERE application_id = ?").param(old.id())
                .query(Long.class).single()).isZero();
    }

    @Test
    void a_week_before_deletion_the_resident_gets_one_reminder_with_a_link_that_works() throws Exception {
        applications.saveDraft(kindpakketDraft());
        mailedToken();
        clock.advance(Duration.ofDays(22));
        assertThat(applications.remindStaleDrafts()).as("not yet after 22 days").isZero();
        clock.advance(Duration.ofDays(1).plusMinutes(1));

        assertThat(applications.remindStaleDrafts()).isEqualTo(1);
        assertThat(applications.remindStaleDrafts()).as("only once").isZero();

        String token = mailedToken();
        ReceivedMail reminder = ReceivedMail.of(smtp.getReceivedMessages()[1]);
        assertThat(reminder.subject()).isEqualTo("Uw aanvraag Kindpakket wordt over een week verwijderd");
        assertThat(reminder.text()).contains("Op 1 april 2026 verwijderen wij deze aanvraag");
        assertThat(applications.resume(token)).isPresent();
    }

    private Application jdbcFind(Application draft) {
        return store.find(draft.id()).orElseThrow();
    }
}
