package nl.waarhebikrechtop.casework.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.textfield.TextArea;
import nl.waarhebikrechtop.KaribuTest;
import nl.waarhebikrechtop.aanvraag.Application;
import nl.waarhebikrechtop.aanvraag.ApplicationService;
import nl.waarhebikrechtop.aanvraag.ApplicationStatus;
import nl.waarhebikrechtop.aanvraag.Choice;
import nl.waarhebikrechtop.aanvraag.Households;
import nl.waarhebikrechtop.aanvraag.Scheme;
import nl.waarhebikrechtop.aanvraag.Submitted;
import nl.waarhebikrechtop.aanvraag.TestApplications;
import nl.waarhebikrechtop.account.AuditLog;
import nl.waarhebikrechtop.account.Role;
import nl.waarhebikrechtop.account.SignIn;
import nl.waarhebikrechtop.shared.ui.PortalRoutes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.github.mvysny.kaributesting.v10.GridKt;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

/** A caseworker finds a submitted application, sees the assessment, and grants, refuses or asks for information. */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:casework;DB_CLOSE_DELAY=-1")
class CaseworkTest extends KaribuTest {

    @Autowired ApplicationService applications;
    @Autowired JdbcClient jdbc;
    @Autowired AuditLog audit;
    @Autowired nl.waarhebikrechtop.aanvraag.Casework casework;

    private UUID id;
    private String reference;

    @BeforeEach
    void submitOne() {
        jdbc.sql("DELETE FROM mail_outbox").update();
        Submitted submitted = applications.submit(TestApplications.kindpakketDraft(applications), true);
        reference = submitted.reference();
        id = jdbc.sql("SELECT id FROM application WHERE reference = ?").param(reference).query(UUID.class).single();
        SignIn.as("caseworker-case", Role.CASEWORKER);
    }

    @Test
    void the_queue_shows_the_application_with_days_left_and_filters_by_status() {
        navigate(PortalRoutes.STAFF_APPLICATIONS);

        assertThat(_get(H1.class).getText()).isEqualTo("Aanvragen om te behandelen");
        Grid<?> grid = _get(Grid.class);
        assertThat(_size(grid)).isPositive();
        _setValue(_get(com.vaadin.flow.component.select.Select.class, s -> s.withLabel("Stand")), ApplicationStatus.GRANTED);
        assertThat(_size(grid)).as("only granted applications").isEqualTo(
                jdbc.sql("SELECT COUNT(*) FROM application WHERE status = 'GRANTED'").query(Long.class).single().intValue());
        _setValue(_get(com.vaadin.flow.component.select.Select.class, s -> s.withLabel("Stand")), ApplicationStatus.SUBMITTED);
        assertThat(_size(grid)).isPositive();
        assertThat(audit.recent(5)).anySatisfy(e -> assertThat(e.toString()).contains("application-queue"));
    }

    @Test
    void the_queue_filters_by_how_long_an_application_waits_and_marks_answered_questions() {
        jdbc.sql("UPDATE application SET submitted_at = submitted_at - INTERVAL '20' DAY WHERE id = ?").param(id).update();
        casework.askForInformation(id, "Stuur uw loonstrook.", "caseworker-case");
        Application waiting = applications.resume(TestApplications.mailedToken(jdbc, "application-info-requested"))
                .orElseThrow();
        applications.answer(waiting, "Zie bijlage.");

        navigate(PortalRoutes.STAFF_APPLICATIONS);
        Grid<?> grid = _get(Grid.class);
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.select.Select<Object> weeks = _get(com.vaadin.flow.component.select.Select.class,
                s -> s.withLabel("Wacht langer dan"));

        _setValue(weeks, 2);
        assertThat(_size(grid)).as("only the one submitted 20 days ago").isOne();
        assertThat(GridKt._getFormattedRow(grid, 0)).contains("Antwoord ontvangen", "Kindpakket")
                .anySatisfy(cell -> assertThat(cell).contains(reference));
        _setValue(weeks, 4);
        assertThat(_size(grid)).isZero();
    }

    @Test
    void the_case_shows_the_assessment_and_granting_mails_the_resident_and_is_logged() {
        navigate(PortalRoutes.STAFF_APPLICATIONS + "/" + id);

        assertThat(_get(H1.class).getText()).isEqualTo("Aanvraag " + reference);
        assertThat(_find(ListItem.class).stream().map(ListItem::getText))
                .anySatisfy(text -> assertThat(text).contains("120%"));
        _click(_get(Button.class, s -> s.withText("Toekennen")));

        assertThat(jdbc.sql("SELECT status FROM application WHERE id = ?").param(id).query(String.class).single())
                .isEqualTo("GRANTED");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE template_id = 'application-granted'")
                .query(Long.class).single()).isEqualTo(1);
        assertThat(audit.recent(10)).anySatisfy(e -> assertThat(e.toString()).contains("application.granted").contains(reference));
        assertThat(_find(Button.class, s -> s.withText("Toekennen"))).as("no steps after a decision").isEmpty();
    }

    @Test
    void a_step_on_a_page_that_a_colleague_overtook_is_refused_and_the_page_shows_the_case_as_it_is_now() {
        navigate(PortalRoutes.STAFF_APPLICATIONS + "/" + id);
        casework.askForInformation(id, "Stuur uw loonstrook.", "colleague");

        _click(_get(Button.class, s -> s.withText("Toekennen")));

        expectNotifications(translate("case.changed"));
        assertThat(jdbc.sql("SELECT status FROM application WHERE id = ?").param(id).query(String.class).single())
                .as("the colleague's question stands").isEqualTo("INFO_REQUESTED");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE template_id = 'application-granted'")
                .query(Long.class).single()).as("nothing sent").isZero();
        _get(com.vaadin.flow.component.html.Paragraph.class, s -> s.withText("Stuur uw loonstrook."));
    }

    @Test
    void the_case_names_what_is_asked_per_child_and_says_who_must_pass_on_what_only_a_professional_can_request() {
        String second = applications.submit(TestApplications.kindpakketDraft(applications,
                Choice.forChild(0, "jarige-job"), Choice.forChild(1, "nationaal-fonds-kinderhulp")), true).reference();
        UUID secondId = jdbc.sql("SELECT id FROM application WHERE reference = ?").param(second).query(UUID.class).single();

        navigate(PortalRoutes.STAFF_APPLICATIONS + "/" + secondId);

        assertThat(_find(ListItem.class).stream().map(li -> li.getElement().getTextRecursively())).contains(
                "Kind 1 (9 jaar, basisschool): Verjaardagsbox (Jarige Job)",
                "Kind 2 (15 jaar, middelbare school (voortgezet onderwijs)): Nationaal Fonds Kinderhulp"
                        + "Alleen een hulpverlener kan dit aanvragen. Stuur de vraag door naar Nationaal Fonds Kinderhulp.");
        _get(com.vaadin.flow.component.html.DescriptionList.Description.class, s -> s.withText("Kindpakket"));
    }

    @Test
    void refusing_needs_a_reason_next_to_the_field() {
        navigate(PortalRoutes.STAFF_APPLICATIONS + "/" + id);
        _click(_get(Button.class, s -> s.withText("Afwijzen")));

        TextArea note = _get(TextArea.class);
        assertThat(note.isInvalid()).isTrue();
        assertThat(note.getErrorMessage()).startsWith("Schrijf de reden of de vraag.");
        assertThat(jdbc.sql("SELECT status FROM application WHERE id = ?").param(id).query(String.class).single())
                .isEqualTo("SUBMITTED");

        _setValue(note, "Uw inkomen is hoger dan de grens.");
        _click(_get(Button.class, s -> s.withText("Afwijzen")));
        assertThat(jdbc.sql("SELECT status FROM application WHERE id = ?").param(id).query(String.class).single())
                .isEqualTo("REFUSED");
        _get(com.vaadin.flow.component.html.H2.class, s -> s.withText("Toelichting bij het besluit"));
        _get(com.vaadin.flow.component.html.Paragraph.class, s -> s.withText("Uw inkomen is hoger dan de grens."));
    }

    @Test
    void asking_for_information_keeps_the_case_open() {
        navigate(PortalRoutes.STAFF_APPLICATIONS + "/" + id);
        _setValue(_get(TextArea.class), "Stuur uw laatste loonstrook.");
        _click(_get(Button.class, s -> s.withText("Vraag om informatie")));

        assertThat(jdbc.sql("SELECT status FROM application WHERE id = ?").param(id).query(String.class).single())
                .isEqualTo("INFO_REQUESTED");
        _get(Button.class, s -> s.withText("Toekennen"));
        assertThat(_find(com.vaadin.flow.component.html.H2.class, s -> s.withText("Toelichting bij het besluit")))
                .as("a question is not a decision; it stands under the questions and answers").isEmpty();
        assertThat(audit.forSubject("application:" + reference)).extracting(e -> e.action())
                .contains("application.viewed", "application.information-requested");
    }

    @Test
    void a_resident_cannot_reach_an_application_by_its_id_or_reference() {
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
        nl.waarhebikrechtop.KaribuTest.fakeRequestSignedInAs(null);
        for (String guess : List.of(id.toString(), reference)) {
            navigate("aanvragen/verder/" + guess);
            assertThat(_find(com.vaadin.flow.component.html.Paragraph.class).stream()
                    .map(com.vaadin.flow.component.html.Paragraph::getText))
                    .as("only a resume token opens an application").contains(translate("apply.resume.invalid"))
                    .noneMatch(text -> text.contains("Sam") || text.contains(reference));
        }
    }

    @Test
    void a_resident_cannot_open_a_case() {
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
        nl.waarhebikrechtop.KaribuTest.fakeRequestSignedInAs(null);
        navigate(PortalRoutes.STAFF_APPLICATIONS + "/" + id);
        assertThat(_get(H1.class).getText()).isEqualTo(translate("login.title"));
    }
}
