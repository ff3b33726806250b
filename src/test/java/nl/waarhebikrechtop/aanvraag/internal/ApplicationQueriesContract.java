package nl.waarhebikrechtop.aanvraag.internal;

import jakarta.persistence.EntityManager;
import nl.waarhebikrechtop.aanvraag.Application;
import nl.waarhebikrechtop.aanvraag.ApplicationStatus;
import nl.waarhebikrechtop.aanvraag.Beneficiary;
import nl.waarhebikrechtop.aanvraag.Choice;
import nl.waarhebikrechtop.aanvraag.Document;
import nl.waarhebikrechtop.aanvraag.DocumentType;
import nl.waarhebikrechtop.aanvraag.Households;
import nl.waarhebikrechtop.aanvraag.Message;
import nl.waarhebikrechtop.aanvraag.Scheme;
import nl.waarhebikrechtop.aanvraag.TestFiles;
import nl.waarhebikrechtop.eligibility.Verdict;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every query of the application and document stores, run on H2 ({@link ApplicationQueriesH2Test}) and on the
 * PostgreSQL server ({@link ApplicationQueriesPostgresTest}); each test runs in a transaction that is rolled back.
 */
@SpringBootTest
@Transactional
abstract class ApplicationQueriesContract {

    static final Instant T0 = Instant.parse("2026-03-02T09:00:00.123456Z");

    @Autowired private ApplicationStore applications;
    @Autowired private DocumentStore documents;
    @Autowired private JdbcClient jdbc;
    @Autowired private EntityManager entityManager;

    private ApplicationStore applications() {
        return applications;
    }

    private DocumentStore documents() {
        return documents;
    }

    private JdbcClient jdbc() {
        return jdbc;
    }

    @BeforeEach
    void emptyTables() {
        jdbc().sql("DELETE FROM application").update();
    }

    private static Application draft(Scheme scheme, Instant at, List<Choice> choices) {
        return new Application(UUID.randomUUID(), scheme, ApplicationStatus.DRAFT, Locale.of("nl"),
                Households.singleParentWithLowIncome(), choices, Households.contact("NL91ABNA0417164300"), null, null,
                at, at, null);
    }

    private UUID submitted(Scheme scheme, String reference, Instant at) {
        Application draft = draft(scheme, at, List.of(Choice.forChild(1, Choice.MEEDOEN_PREMIUM)));
        applications().save(draft);
        applications().insertResumeToken(reference.toLowerCase(Locale.ROOT).repeat(5).substring(0, 64), draft.id(),
                at, at.plus(Duration.ofDays(30)));
        assertThat(applications().markSubmitted(draft.id(), reference, "{}", Verdict.LIKELY, at)).isTrue();
        return draft.id();
    }

    private long count(String sql, Object... params) {
        return jdbc().sql(sql).params(params).query(Long.class).single();
    }

    @Test
    void applications_and_resume_tokens_round_trip() {
        Application draft = draft(Scheme.MEEDOEN, T0, List.of(new Choice(Beneficiary.APPLICANT, 0,
                Choice.SPORT_CULTURE), Choice.forChild(1, Choice.MEEDOEN_PREMIUM)));
        applications().save(draft);
        applications().insertResumeToken("ab".repeat(32), draft.id(), T0, T0.plus(Duration.ofDays(30)));

        assertThat(applications().find(draft.id())).contains(draft);
        assertThat(applications().deleteUnlinkedDraftsUpdatedBefore(T0.plusSeconds(1))).as("it has a resume link")
                .isZero();
        assertThat(applications().applicationForToken("ab".repeat(32), T0.plus(Duration.ofDays(30)))).isEmpty();
        assertThat(applications().applicationForToken("ab".repeat(32), T0)).contains(draft.id());
        assertThat(applications().markSubmitted(draft.id(), "MD-2026-ABCDEF", "{\"date\":\"2026-03-02\"}",
                Verdict.LIKELY, T0)).isTrue();
        assertThat(applications().markSubmitted(draft.id(), "MD-2026-OTHERR", "{}", Verdict.LIKELY, T0))
                .as("only a draft is submitted").isFalse();
        assertThat(applications().find(draft.id()).orElseThrow().submittedAt()).isEqualTo(T0);
        assertThat(applications().referenceTaken("MD-2026-ABCDEF")).isTrue();
        assertThat(applications().deleteDraftsUpdatedBefore(T0.plusSeconds(1))).as("submitted ones stay").isZero();
        assertThatThrownBy(() -> applications().save(draft)).as("a submitted application is no draft to save")
                .hasMessageContaining("no longer a draft");
    }

    @ParameterizedTest
    @ValueSource(strings = {"America/Sao_Paulo", "Europe/Amsterdam", "Pacific/Kiritimati"})
    void the_birth_date_and_times_do_not_depend_on_the_zone_of_the_jvm(String jvmZone) {
        TimeZone zone = TimeZone.getDefault();
        Application draft = draft(Scheme.MEEDOEN, T0, List.of());
        try {
            TimeZone.setDefault(TimeZone.getTimeZone(jvmZone));
            applications().save(draft);
            entityManager.clear();
            assertThat(applications().find(draft.id())).contains(draft);
        } finally {
            TimeZone.setDefault(zone);
        }
        assertThat(jdbc().sql("SELECT contact_birth_date FROM application WHERE id = ?").param(draft.id())
                .query(LocalDate.class).single()).isEqualTo(draft.contact().birthDate());
        entityManager.clear();
        assertThat(applications().find(draft.id())).contains(draft);
    }

    @Test
    void saving_a_draft_again_replaces_its_choices_and_allows_a_new_reminder() {
        Application draft = draft(Scheme.KINDPAKKET, T0, List.of(Choice.forChild(0, "fiets")));
        applications().save(draft);
        assertThat(applications().draftsToRemind(T0.plusSeconds(1))).extracting(Application::id)
                .containsExactly(draft.id());
        assertThat(applications().markReminded(draft.id(), T0.plusSeconds(2))).isTrue();
        assertThat(applications().markReminded(draft.id(), T0.plusSeconds(3))).as("only once").isFalse();
        assertThat(applications().draftsToRemind(T0.plusSeconds(1))).isEmpty();

        Application edited = new Application(draft.id(), draft.scheme(), draft.status(), draft.locale(),
                draft.situation(), List.of(Choice.forChild(1, "laptop")), draft.contact(), null, null, T0,
                T0.plusSeconds(10), null);
        applications().save(edited);

        assertThat(applications().find(draft.id()).orElseThrow().choices()).containsExactly(
                Choice.forChild(1, "laptop"));
        assertThat(applications().draftsToRemind(T0.plusSeconds(11))).as("changed, so reminded again later")
                .extracting(Application::id).containsExactly(draft.id());
        assertThat(applications().deleteDraftsUpdatedBefore(T0.plusSeconds(10))).isZero();
        assertThat(applications().deleteDraftsUpdatedBefore(T0.plusSeconds(11))).isOne();
        assertThat(count("SELECT COUNT(*) FROM application_choice")).isZero();
    }

    @Test
    void decided_applications_are_found_and_deleted_with_their_choices_and_links() {
        Instant decided = T0.plus(Duration.ofDays(20));
        UUID granted = submitted(Scheme.MEEDOEN, "MD-2026-GRANTD", T0);
        UUID asked = submitted(Scheme.MEEDOEN, "MD-2026-ASKEDD", T0);
        assertThat(applications().decide(granted, ApplicationStatus.GRANTED, "", decided)).isTrue();
        assertThat(applications().decide(asked, ApplicationStatus.INFO_REQUESTED, "Loonstrook?", decided)).isTrue();
        assertThat(count("SELECT COUNT(*) FROM application WHERE id = ? AND decided_at IS NULL", asked))
                .as("asking for information is not a decision").isOne();
        assertThat(applications().decisionNote(asked)).contains("Loonstrook?");

        assertThat(applications().decidedBefore(decided)).isEmpty();
        assertThat(applications().decidedBefore(decided.plusNanos(1000))).containsExactly(
                new ApplicationStore.Decided(granted, "MD-2026-GRANTD", decided));
        assertThat(applications().deleteDecided(asked, decided.plusSeconds(1))).isFalse();
        assertThat(applications().deleteDecided(granted, decided.plusSeconds(1))).isTrue();

        assertThat(applications().find(granted)).isEmpty();
        assertThat(applications().find(asked)).isPresent();
        for (String table : List.of("application_choice", "resume_token")) {
            assertThat(count("SELECT COUNT(*) FROM " + table + " WHERE application_id = ?", granted))
                    .as(table + " rows of the deleted application").isZero();
            assertThat(count("SELECT COUNT(*) FROM " + table + " WHERE application_id = ?", asked))
                    .as(table + " rows of the open application").isPositive();
        }
    }

    @Test
    void a_step_on_a_version_that_was_overtaken_changes_nothing() {
        UUID id = submitted(Scheme.KINDPAKKET, "KP-2026-VERSIO", T0);
        long seen = applications().version(id).orElseThrow();

        assertThat(applications().decide(id, ApplicationStatus.INFO_REQUESTED, "Loonstrook?", T0.plusSeconds(60), seen))
                .isTrue();
        assertThat(applications().version(id)).contains(seen + 1);
        assertThat(applications().decide(id, ApplicationStatus.GRANTED, "", T0.plusSeconds(120), seen))
                .as("a colleague's page from before the question").isFalse();
        assertThat(applications().status(id)).contains(ApplicationStatus.INFO_REQUESTED);
        assertThat(applications().informationReceived(id, T0.plusSeconds(180))).isTrue();
        assertThat(applications().informationReceived(id, T0.plusSeconds(181))).as("only once").isFalse();
        assertThat(applications().decide(id, ApplicationStatus.GRANTED, "", T0.plusSeconds(240), seen + 2)).isTrue();
        assertThat(applications().decide(id, ApplicationStatus.REFUSED, "Nee", T0.plusSeconds(300), null))
                .as("decided applications are closed").isFalse();
    }

    @Test
    void the_queue_filters_pages_and_counts_in_the_database() {
        UUID oldKindpakket = submitted(Scheme.KINDPAKKET, "KP-2026-OLDEST", T0);
        UUID meedoen = submitted(Scheme.MEEDOEN, "MD-2026-MIDDLE", T0.plus(Duration.ofDays(10)));
        UUID granted = submitted(Scheme.KINDPAKKET, "KP-2026-GRANTD", T0.plus(Duration.ofDays(20)));
        applications().decide(granted, ApplicationStatus.GRANTED, "", T0.plus(Duration.ofDays(21)));
        UUID asked = submitted(Scheme.KINDPAKKET, "KP-2026-ASKEDD", T0.plus(Duration.ofDays(30)));
        applications().decide(asked, ApplicationStatus.INFO_REQUESTED, "Loonstrook?", T0.plus(Duration.ofDays(31)));
        documents().insertMessage(asked, new Message(Message.Author.CASEWORKER, "Loonstrook?", T0.plus(Duration.ofDays(31))));
        applications().save(draft(Scheme.KINDPAKKET, T0, List.of()));

        assertThat(applications().queue(null, null, null, null, 0, 50)).as("drafts are not in the queue, oldest first")
                .extracting(ApplicationStore.QueueRow::id).containsExactly(oldKindpakket, meedoen, granted, asked);
        assertThat(applications().queueSize(null, null, null, null)).isEqualTo(4);
        assertThat(applications().queue(null, null, null, null, 1, 2)).extracting(ApplicationStore.QueueRow::id)
                .containsExactly(meedoen, granted);
        assertThat(applications().queue(Scheme.MEEDOEN, null, null, null, 0, 50))
                .extracting(ApplicationStore.QueueRow::reference).containsExactly("MD-2026-MIDDLE");
        assertThat(applications().queue(null, ApplicationStatus.GRANTED, null, null, 0, 50))
                .extracting(ApplicationStore.QueueRow::id).containsExactly(granted);
        assertThat(applications().queue(null, null, T0.plus(Duration.ofDays(20)), null, 0, 50))
                .as("submitted before day 20").extracting(ApplicationStore.QueueRow::id)
                .containsExactly(oldKindpakket, meedoen);
        assertThat(applications().queue(null, null, null, T0.plus(Duration.ofDays(25)), 0, 50))
                .as("open and submitted before day 25: the granted one is closed").extracting(ApplicationStore.QueueRow::id)
                .containsExactly(oldKindpakket, meedoen);
        assertThat(applications().queueSize(Scheme.KINDPAKKET, ApplicationStatus.SUBMITTED, null,
                T0.plus(Duration.ofDays(25)))).isOne();
        assertThat(documents().askedAmong(List.of(oldKindpakket, asked))).containsExactly(asked);
        assertThat(documents().askedAmong(List.of())).isEmpty();
    }

    @Test
    void a_file_is_stored_in_pieces_and_read_back_as_a_stream() throws Exception {
        Application draft = draft(Scheme.KINDPAKKET, T0, List.of());
        applications().save(draft);
        byte[] big = TestFiles.pngOfSize(3 * 1024 * 1024 + 17);
        Document document = new Document(UUID.randomUUID(), "loon.png", DocumentType.PNG, big.length, T0);

        documents().insert(draft.id(), document, big);
        documents().insertMessage(draft.id(), new Message(Message.Author.CASEWORKER, "Uw loonstrook, graag.", T0));

        assertThat(count("SELECT COUNT(*) FROM application_document_chunk WHERE document_id = ?", document.id()))
                .as("3 MiB in pieces of 256 KiB, and a last small one").isEqualTo(13);
        assertThat(documents().list(draft.id())).containsExactly(document);
        assertThat(documents().find(draft.id(), document.id())).contains(document);
        assertThat(documents().count(draft.id())).isOne();
        try (InputStream in = documents().open(draft.id(), document.id()).orElseThrow()) {
            byte[] buffer = new byte[DocumentStore.CHUNK_BYTES * 2];
            assertThat(in.read(buffer)).as("one piece per read at most").isEqualTo(DocumentStore.CHUNK_BYTES);
        }
        assertThat(documents().content(draft.id(), document.id())).get().isEqualTo(big);
        assertThat(documents().open(UUID.randomUUID(), document.id())).as("another application's file").isEmpty();
        assertThat(documents().messages(draft.id())).containsExactly(
                new Message(Message.Author.CASEWORKER, "Uw loonstrook, graag.", T0));

        assertThat(documents().delete(UUID.randomUUID(), document.id())).isFalse();
        assertThat(documents().delete(draft.id(), document.id())).isTrue();
        assertThat(count("SELECT COUNT(*) FROM application_document_chunk")).as("pieces go with their file").isZero();
        documents().insert(draft.id(), document, big);
        assertThat(applications().deleteUnlinkedDraftsUpdatedBefore(T0.plusSeconds(1))).as("no resume link").isOne();
        assertThat(documents().count(draft.id())).as("files go with their application").isZero();
        assertThat(count("SELECT COUNT(*) FROM application_message")).isZero();
    }
}
