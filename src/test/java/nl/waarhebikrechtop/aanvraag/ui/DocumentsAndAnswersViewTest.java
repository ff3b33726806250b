package nl.waarhebikrechtop.aanvraag.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import nl.waarhebikrechtop.KaribuTest;
import nl.waarhebikrechtop.TestClock;
import nl.waarhebikrechtop.aanvraag.Application;
import nl.waarhebikrechtop.aanvraag.ApplicationService;
import nl.waarhebikrechtop.aanvraag.Casework;
import nl.waarhebikrechtop.aanvraag.Choice;
import nl.waarhebikrechtop.aanvraag.Households;
import nl.waarhebikrechtop.aanvraag.Scheme;
import nl.waarhebikrechtop.aanvraag.TestApplications;
import nl.waarhebikrechtop.aanvraag.TestFiles;
import nl.waarhebikrechtop.account.Role;
import nl.waarhebikrechtop.account.SignIn;
import nl.waarhebikrechtop.shared.ui.PortalRoutes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** Files on the form, and a caseworker's question answered through the resume link, without a browser. */
@Import(TestClock.Config.class)
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:aanvraag-documents-views;DB_CLOSE_DELAY=-1")
class DocumentsAndAnswersViewTest extends KaribuTest {

    @Autowired ApplicationService applications;
    @Autowired Casework casework;
    @Autowired JdbcClient jdbc;
    @Autowired TestClock clock;

    @BeforeEach
    void clean() {
        clock.set(Instant.parse("2026-03-02T09:00:00Z"));
        jdbc.sql("DELETE FROM mail_outbox").update();
        jdbc.sql("DELETE FROM application").update();
    }

    private static String errorText() {
        return _get(DocumentsPanel.class).getChildren().filter(c -> c instanceof Paragraph p
                        && p.hasClassName("error-text") && p.isVisible())
                .map(c -> ((Paragraph) c).getText()).findFirst().orElse("");
    }

    private static List<String> listedFiles() {
        return _find(ListItem.class, s -> s.withPredicate(li -> li.getParent()
                        .flatMap(p -> p.getParent()).filter(DocumentsPanel.class::isInstance).isPresent()))
                .stream().map(li -> li.getElement().getTextRecursively()).toList();
    }

    private long stored(String status) {
        return jdbc.sql("SELECT COUNT(*) FROM application WHERE status = ?").param(status).query(Long.class).single();
    }

    @Test
    void a_file_on_the_form_is_kept_with_the_draft_and_a_spoofed_one_is_refused_next_to_the_upload() {
        navigate("aanvragen/kindpakket");
        _get(DocumentsPanel.class).receive("loonstrook.pdf", TestFiles.pdf());
        assertThat(errorText()).isEqualTo("loonstrook.pdf: Vul eerst de vragen over uw gezin goed in. "
                + "Daarna kunt u bestanden toevoegen.");

        _setValue(_get(IntegerField.class, s -> s.withLabel("Uw leeftijd")), 35);
        _setValue(_get(TextField.class, s -> s.withLabel("Netto inkomen per maand van u en uw partner samen")), "1.200");
        _get(DocumentsPanel.class).receive("bankafschrift.pdf", TestFiles.program());
        assertThat(errorText()).isEqualTo("bankafschrift.pdf: Dit soort bestand kunnen wij niet gebruiken. "
                + "Stuur een PDF, JPG of PNG.");
        assertThat(stored("DRAFT")).as("a refused file stores nothing").isZero();

        _get(DocumentsPanel.class).receive("loonstrook.pdf", TestFiles.pdf());
        assertThat(errorText()).isEmpty();
        assertThat(listedFiles()).singleElement().asString().startsWith("loonstrook.pdf (1 kB)");
        assertThat(stored("DRAFT")).isOne();
        assertThat(_get(IntegerField.class, s -> s.withLabel("Uw leeftijd")).getValue()).as("nothing typed is lost")
                .isEqualTo(35);

        _click(_get(Button.class, s -> s.withPredicate(b -> b.getAriaLabel().filter("loonstrook.pdf verwijderen"::equals).isPresent())));
        assertThat(listedFiles()).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM application_document").query(Long.class).single()).isZero();
    }

    @Test
    void a_refused_application_shows_the_reason_through_the_link() {
        Application draft = TestApplications.kindpakketDraft(applications);
        applications.submit(draft, true);
        casework.refuse(draft.id(), "Uw inkomen is hoger dan de grens.", "marieke");

        navigate("aanvragen/verder/" + TestApplications.mailedToken(jdbc, "application-refused"));

        _get(Paragraph.class, s -> s.withText("U krijgt de regeling niet. U krijgt ook een brief met het besluit. Daarin staat hoe u bezwaar kunt maken."));
        _get(ListItem.class, s -> s.withText("Verjaardagsbox (Jarige Job), voor kind 1 (9 jaar)"));
        _get(Paragraph.class, s -> s.withText("De reden:"));
        _get(Paragraph.class, s -> s.withText("Uw inkomen is hoger dan de grens."));
    }

    @Test
    void the_resident_answers_a_question_with_a_file_through_the_link_and_the_caseworker_sees_both() {
        Application draft = TestApplications.kindpakketDraft(applications);
        String reference = applications.submit(draft, true).reference();
        UUID id = draft.id();
        casework.askForInformation(id, "Wilt u uw loonstrook van februari sturen?", "marieke");

        navigate("aanvragen/verder/" + TestApplications.mailedToken(jdbc, "application-info-requested"));
        _get(Paragraph.class, s -> s.withText("Wilt u uw loonstrook van februari sturen?"));
        _click(_get(Button.class, s -> s.withText("Antwoord versturen")));
        assertThat(_get(TextArea.class, s -> s.withLabel("Uw antwoord")).getErrorMessage())
                .isEqualTo("Schrijf een antwoord of voeg een bestand toe.");

        _get(DocumentsPanel.class).receive("Loonstrook februari.pdf", TestFiles.pdf());
        assertThat(_find(Button.class, s -> s.withPredicate(b -> b.getAriaLabel()
                .filter("Loonstrook februari.pdf verwijderen"::equals).isPresent())))
                .as("not sent yet, so it can be taken back").hasSize(1);
        _setValue(_get(TextArea.class, s -> s.withLabel("Uw antwoord")), "Hierbij mijn loonstrook.");
        _click(_get(Button.class, s -> s.withText("Antwoord versturen")));

        _get(Paragraph.class, s -> s.withText("Bedankt. Wij hebben uw antwoord ontvangen. Een medewerker kijkt ernaar."));
        assertThat(stored("SUBMITTED")).isOne();
        _get(ListItem.class, s -> s.withText("Loonstrook februari.pdf (1 kB)"));

        SignIn.as("caseworker-documents", Role.CASEWORKER);
        navigate(PortalRoutes.STAFF_APPLICATIONS + "/" + id);
        assertThat(_get(Anchor.class, s -> s.withText("Loonstrook februari.pdf (1 kB, 2-3-2026)")).getHref())
                .as("a download link that only works in this session").isNotBlank();
        _get(Paragraph.class, s -> s.withText("Wilt u uw loonstrook van februari sturen?"));
        _get(Paragraph.class, s -> s.withText("Hierbij mijn loonstrook."));
        _get(Paragraph.class, s -> s.withText("Antwoord van de aanvrager op 2-3-2026"));
        assertThat(reference).isNotBlank();
    }
}
