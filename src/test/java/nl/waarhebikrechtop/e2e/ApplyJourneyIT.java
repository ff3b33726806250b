package nl.waarhebikrechtop.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import nl.waarhebikrechtop.aanvraag.TestFiles;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole road in a real browser: the check, the results, "Kindpakket aanvragen" with the answers carried over,
 * and a submitted application — with an axe-core scan of every page on the way.
 */
class ApplyJourneyIT extends BrowserTest {

    private final List<String> violations = new ArrayList<>();

    @Test
    void from_the_check_to_a_submitted_kindpakket_application() {
        try (BrowserSession.Tab tab = browser.open(1280)) {
            Page page = tab.page;
            CheckInBrowser.complete(tab, heading -> scan(tab, heading));

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Kindpakket aanvragen")).first().click();
            page.waitForURL("**/aanvragen/kindpakket");
            page.locator("main h1").first().waitFor();
            scan(tab, "application form");
            assertThat(page.getByLabel("Uw leeftijd").inputValue()).as("carried over from the check").isEqualTo("35");
            page.getByLabel("Verjaardagsbox (Jarige Job)").first().check();
            upload(page, "programma.pdf", "application/pdf", TestFiles.program());
            page.getByText("programma.pdf: Dit soort bestand kunnen wij niet gebruiken.", new Page.GetByTextOptions())
                    .waitFor();
            // 2 MB: more than a servlet container's default multipart limit, less than ours
            upload(page, "loonstrook.pdf", "application/pdf", TestFiles.pngOfSize(2 * 1024 * 1024));
            page.getByText("loonstrook.png (2,0 MB)").waitFor();
            scan(tab, "application form with a file");
            tab.screenshot(EveryPageIT.SCREENSHOTS.resolve("apply-with-file.png"));
            page.getByLabel("Voornaam en achternaam").fill("Sanne de Vries");
            page.getByLabel("Straat en huisnummer").fill("Kerkstraat 1");
            page.getByLabel("Postcode").fill("9401 AA");
            page.getByLabel("Woonplaats").fill("Assen");
            Locator birth = page.getByLabel("Geboortedatum");
            birth.fill("17-5-1990");
            birth.press("Enter");
            page.getByLabel("E-mailadres").fill("sanne@example.nl");
            page.getByLabel("Ik verklaar dat ik alles naar waarheid heb ingevuld.").check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Aanvraag versturen")).click();
            heading(tab, "Uw aanvraag is verstuurd");
            assertThat(page.locator("main").textContent()).contains("Uw nummer is KP-");
            tab.screenshot(EveryPageIT.SCREENSHOTS.resolve("apply-submitted.png"));

            assertThat(violations).as("axe-core violations on the way").isEmpty();
            assertThat(tab.consoleErrors).isEmpty();
        }
    }

    /** Hands a file to the upload's file input, as choosing it in the file dialog does. */
    private static void upload(Page page, String name, String type, byte[] content) {
        page.locator("vaadin-upload input[type=file]").setInputFiles(new FilePayload(name, type, content));
    }

    private void heading(BrowserSession.Tab tab, String text) {
        CheckInBrowser.heading(tab, text, where -> scan(tab, where));
    }

    private void scan(BrowserSession.Tab tab, String where) {
        for (String violation : tab.accessibilityViolations()) {
            violations.add(where + ": " + violation);
        }
    }
}
