package nl.waarhebikrechtop.aanvraag;

import nl.waarhebikrechtop.TestClock;
import nl.waarhebikrechtop.account.AuditEntry;
import nl.waarhebikrechtop.account.AuditLog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Uploads with their limits, the resident's answer to a question, and who can read a file back. */
@SpringBootTest
@Import(TestClock.Config.class)
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:aanvraag-documents;DB_CLOSE_DELAY=-1")
class ApplicationDocumentsTest {

    @Autowired ApplicationDocuments documents;
    @Autowired ApplicationService applications;
    @Autowired Casework casework;
    @Autowired AuditLog audit;
    @Autowired JdbcClient jdbc;
    @Autowired TestClock clock;

    @BeforeEach
    void clean() {
        clock.set(Instant.parse("2026-03-02T09:00:00Z"));
        jdbc.sql("DELETE FROM application").update();
    }

    private Application draft() {
        return TestApplications.kindpakketDraft(applications);
    }

    private Application submitted() {
        Application draft = draft();
        String reference = applications.submit(draft, true).reference();
        assertThat(reference).isNotBlank();
        return applications.storedApplication(draft.id()).orElseThrow();
    }

    @Test
    void the_first_upload_stores_the_draft_as_it_is_on_the_screen_and_keeps_the_file_with_its_real_type() {
        Application draft = draft();

        ApplicationDocuments.Outcome outcome = documents.attach(draft, "loonstrook.pdf", TestFiles.png());

        assertThat(outcome.accepted()).isTrue();
        assertThat(outcome.document().type()).isEqualTo(DocumentType.PNG);
        assertThat(outcome.document().fileName()).isEqualTo("loonstrook.png");
        assertThat(applications.storedApplication(draft.id())).get()
                .satisfies(a -> assertThat(a.choices()).isEqualTo(draft.choices()));
        assertThat(documents.documents(draft.id())).containsExactly(outcome.document());
        assertThat(documents.content(draft.id(), outcome.document().id())).get().isEqualTo(TestFiles.png());
    }

    @Test
    void a_draft_stored_by_a_file_but_never_saved_is_deleted_a_day_later_and_a_saved_one_stays() {
        Application unsaved = draft();
        documents.attach(unsaved, "loon.pdf", TestFiles.pdf());
        Application saved = applications.saveDraft(draft());
        documents.attach(saved, "bank.pdf", TestFiles.pdf());

        clock.advance(Duration.ofHours(23));
        assertThat(applications.deleteUnreachableDrafts()).as("its session may still be open").isZero();
        clock.advance(Duration.ofHours(2));
        assertThat(applications.deleteUnreachableDrafts()).isOne();

        assertThat(applications.storedApplication(unsaved.id())).isEmpty();
        assertThat(documents.documents(unsaved.id())).isEmpty();
        assertThat(applications.storedApplication(saved.id())).as("reachable through its mailed link").isPresent();
        assertThat(documents.documents(saved.id())).hasSize(1);
    }

    @Test
    void spoofed_types_are_refused_whatever_their_name_says() {
        Application draft = draft();

        assertThat(documents.attach(draft, "bankafschrift.pdf", TestFiles.program()).problem())
                .isEqualTo("documents.error.type");
        assertThat(documents.attach(draft, "foto.png", TestFiles.html()).problem()).isEqualTo("documents.error.type");
        assertThat(documents.attach(draft, "loon.pdf", TestFiles.fakePdf()).problem()).isEqualTo("documents.error.type");
        assertThat(documents.attach(draft, "leeg.pdf", new byte[0]).problem()).isEqualTo("documents.error.empty");
        assertThat(documents.documents(draft.id())).isEmpty();
        assertThat(applications.storedApplication(draft.id())).as("a refused file stores nothing").isEmpty();
    }

    @Test
    void a_file_may_be_10_mb_but_not_one_byte_more() {
        Application draft = draft();

        assertThat(documents.attach(draft, "groot.png", TestFiles.pngOfSize(ApplicationDocuments.MAX_BYTES))
                .accepted()).isTrue();
        assertThat(documents.attach(draft, "te-groot.png", TestFiles.pngOfSize(ApplicationDocuments.MAX_BYTES + 1))
                .problem()).isEqualTo("documents.error.tooLarge");
        assertThat(documents.documents(draft.id())).singleElement()
                .satisfies(d -> assertThat(d.sizeBytes()).isEqualTo(ApplicationDocuments.MAX_BYTES));
    }

    @Test
    void an_application_holds_at_most_10_files() {
        Application draft = draft();
        for (int i = 0; i < ApplicationDocuments.MAX_DOCUMENTS; i++) {
            assertThat(documents.attach(draft, "bank-" + i + ".pdf", TestFiles.pdf()).accepted()).isTrue();
        }

        assertThat(documents.attach(draft, "bank-11.pdf", TestFiles.pdf()).problem())
                .isEqualTo("documents.error.tooMany");
        assertThat(documents.documents(draft.id())).hasSize(ApplicationDocuments.MAX_DOCUMENTS);
    }

    @Test
    void a_file_is_only_read_back_through_its_own_application() {
        Application mine = draft();
        Application other = draft();
        Document file = documents.attach(mine, "loon.pdf", TestFiles.pdf()).document();
        documents.attach(other, "ander.pdf", TestFiles.pdf());

        assertThat(documents.content(other.id(), file.id())).isEmpty();
        assertThat(documents.content(UUID.randomUUID(), file.id())).isEmpty();
        assertThat(documents.remove(other, file.id())).isFalse();
        assertThat(documents.content(mine.id(), file.id())).isPresent();
    }

    @Test
    void files_can_be_removed_from_a_draft_but_not_from_a_submitted_application() {
        Application draft = draft();
        Document file = documents.attach(draft, "loon.pdf", TestFiles.pdf()).document();

        assertThat(documents.remove(draft, file.id())).isTrue();
        assertThat(documents.documents(draft.id())).isEmpty();

        Document kept = documents.attach(draft, "loon.pdf", TestFiles.pdf()).document();
        applications.submit(draft, true);
        assertThatThrownBy(() -> documents.remove(draft, kept.id())).isInstanceOf(IllegalStateException.class);
        assertThat(documents.documents(draft.id())).containsExactly(kept);
    }

    @Test
    void a_submitted_application_takes_files_only_while_the_caseworker_waits_for_information() {
        Application submitted = submitted();
        assertThatThrownBy(() -> documents.attach(submitted, "loon.pdf", TestFiles.pdf()))
                .isInstanceOf(IllegalStateException.class);

        casework.askForInformation(submitted.id(), "Wilt u uw loonstrook van februari sturen?", "marieke");
        Application waiting = applications.storedApplication(submitted.id()).orElseThrow();

        assertThat(documents.attach(waiting, "loon-februari.pdf", TestFiles.pdf()).accepted()).isTrue();
    }

    @Test
    void a_page_left_open_while_the_caseworker_decided_cannot_add_files_or_answer_any_more() {
        Application draft = draft();
        applications.submit(draft, true);
        casework.askForInformation(draft.id(), "Wilt u uw loonstrook sturen?", "marieke");
        Application shownToResident = applications.storedApplication(draft.id()).orElseThrow();
        casework.refuse(draft.id(), "Geen reactie ontvangen.", "marieke");

        assertThat(documents.attach(shownToResident, "loon.pdf", TestFiles.pdf()).problem())
                .isEqualTo("documents.error.closed");
        assertThat(applications.answerProblem(shownToResident, "Hier is hij.")).contains("answer.error.closed");
        assertThat(documents.documents(draft.id())).isEmpty();
    }

    @Test
    void a_draft_sent_from_another_tab_takes_no_more_files_from_the_old_tab() {
        Application draft = draft();
        applications.submit(draft, true);

        assertThat(documents.attach(draft, "loon.pdf", TestFiles.pdf()).problem()).isEqualTo("documents.error.closed");
    }

    @Test
    void while_a_question_is_open_only_the_files_added_since_can_be_taken_back() {
        Application draft = draft();
        Document sentBefore = documents.attach(draft, "bank.pdf", TestFiles.pdf()).document();
        applications.submit(draft, true);
        clock.advance(Duration.ofDays(2));
        casework.askForInformation(draft.id(), "Wilt u uw loonstrook sturen?", "marieke");
        Application waiting = applications.storedApplication(draft.id()).orElseThrow();
        clock.advance(Duration.ofHours(1));
        Document wrongOne = documents.attach(waiting, "vakantiefoto.jpg", TestFiles.jpeg()).document();

        assertThat(documents.removable(waiting, sentBefore)).isFalse();
        assertThat(documents.removable(waiting, wrongOne)).isTrue();
        assertThatThrownBy(() -> documents.remove(waiting, sentBefore.id())).isInstanceOf(IllegalStateException.class);
        assertThat(documents.remove(waiting, wrongOne.id())).isTrue();
        assertThat(documents.documents(draft.id())).containsExactly(sentBefore);

        Document payslip = documents.attach(waiting, "loon.pdf", TestFiles.pdf()).document();
        applications.answer(waiting, "");
        Application answered = applications.storedApplication(draft.id()).orElseThrow();
        assertThat(documents.removable(answered, payslip)).as("sent with the answer").isFalse();
    }

    @Test
    void the_resident_answers_with_text_or_files_and_the_case_goes_back_to_the_queue() {
        Application submitted = submitted();
        clock.advance(Duration.ofDays(3));
        casework.askForInformation(submitted.id(), "Wilt u uw loonstrook van februari sturen?", "marieke");
        Application waiting = applications.storedApplication(submitted.id()).orElseThrow();

        assertThat(applications.openQuestion(waiting)).get().extracting(Message::body)
                .isEqualTo("Wilt u uw loonstrook van februari sturen?");
        assertThat(applications.answerProblem(waiting, "  ")).contains("answer.error.empty");
        assertThat(applications.answerProblem(waiting, "x".repeat(ApplicationService.ANSWER_MAX_LENGTH + 1)))
                .contains("answer.error.tooLong");

        clock.advance(Duration.ofHours(2));
        documents.attach(waiting, "loon-februari.pdf", TestFiles.pdf());
        assertThat(applications.answerProblem(waiting, "")).as("a new file is an answer too").isEmpty();
        applications.answer(waiting, "Hierbij mijn loonstrook.");

        Application answered = applications.storedApplication(submitted.id()).orElseThrow();
        assertThat(answered.status()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(applications.openQuestion(answered)).isEmpty();
        Casework.CaseFile file = casework.open(submitted.id(), "marieke");
        assertThat(file.messages()).extracting(Message::author, Message::body).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Message.Author.CASEWORKER, "Wilt u uw loonstrook van februari sturen?"),
                org.assertj.core.groups.Tuple.tuple(Message.Author.RESIDENT, "Hierbij mijn loonstrook."));
        assertThat(file.documents()).extracting(Document::fileName).containsExactly("loon-februari.pdf");
        assertThat(audit.forSubject("application:" + submitted.reference())).extracting(AuditEntry::action)
                .contains("application.answered");
        assertThat(applications.answerProblem(answered, "nog iets")).as("no question open any more")
                .contains("answer.error.closed");
        assertThatThrownBy(() -> applications.answer(answered, "nog iets")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_caseworker_download_is_logged_and_drafts_are_not_reachable_that_way() {
        Application draft = draft();
        Document draftFile = documents.attach(draft, "loon.pdf", TestFiles.pdf()).document();
        assertThat(casework.document(draft.id(), draftFile.id(), "marieke")).isEmpty();

        applications.submit(draft, true);
        String reference = applications.storedApplication(draft.id()).orElseThrow().reference();

        assertThat(casework.document(draft.id(), draftFile.id(), "marieke")).get()
                .satisfies(d -> assertThat(d.content()).hasBinaryContent(TestFiles.pdf()));
        assertThat(audit.forSubject("application:" + reference))
                .anySatisfy(e -> {
                    assertThat(e.actor()).isEqualTo("marieke");
                    assertThat(e.action()).isEqualTo("application.document-downloaded");
                    assertThat(e.details()).isEqualTo("document:" + draftFile.id());
                });
    }
}
