package nl.waarhebikrechtop.e2e;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import nl.waarhebikrechtop.aanvraag.Application;
import nl.waarhebikrechtop.aanvraag.ApplicationService;
import nl.waarhebikrechtop.aanvraag.Casework;
import nl.waarhebikrechtop.aanvraag.TestApplications;
import nl.waarhebikrechtop.aanvraag.TestFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;


import static org.assertj.core.api.Assertions.assertThat;

/**
 * A caseworker asked for a payslip; the resident opens the link from the mail on a phone, adds the file, answers and
 * sends. Every state of the page passes axe-core.
 */
class AnswerQuestionIT extends BrowserTest {

    @Autowired ApplicationService applications;
    @Autowired Casework casework;
    @Autowired JdbcClient jdbc;

    private String resumePath;

    @BeforeAll
    void askForAPayslip() {
        Application draft = TestApplications.kindpakketDraft(applications);
        applications.submit(draft, true);
        casework.askForInformation(draft.id(), "Wilt u uw loonstrook van de laatste maand sturen?", "e2e");
        resumePath = "aanvragen/verder/" + TestApplications.mailedToken(jdbc, "application-info-requested");
    }

    @Test
    void the_resident_answers_with_a_file_on_a_phone() {
        try (BrowserSession.Tab tab = browser.open(390)) {
            Page page = tab.page;
            tab.go(resumePath);
            page.getByText("Wilt u uw loonstrook van de laatste maand sturen?").waitFor();
            assertThat(tab.accessibilityViolations()).as("question page").isEmpty();
            page.setViewportSize(1280, 900);
            tab.screenshot(EveryPageIT.SCREENSHOTS.resolve("answer-question-1280.png"));
            page.setViewportSize(390, 900);

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Antwoord versturen")).click();
            page.getByText("Schrijf een antwoord of voeg een bestand toe.").first().waitFor();
            assertThat(tab.accessibilityViolations()).as("with the message next to the field").isEmpty();

            page.locator("vaadin-upload input[type=file]").setInputFiles(
                    new FilePayload("loonstrook-oktober.pdf", "application/pdf", TestFiles.pdf()));
            page.getByText("loonstrook-oktober.pdf is toegevoegd.").waitFor();
            page.getByLabel("Uw antwoord").fill("Hierbij mijn loonstrook van oktober.");
            tab.screenshot(EveryPageIT.SCREENSHOTS.resolve("answer-question-390.png"));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Antwoord versturen")).click();

            page.getByText("Bedankt. Wij hebben uw antwoord ontvangen.").waitFor();
            assertThat(tab.accessibilityViolations()).as("after sending").isEmpty();
            tab.screenshot(EveryPageIT.SCREENSHOTS.resolve("answer-sent-390.png"));
            assertThat(tab.consoleErrors).isEmpty();
        }
    }
}
