package nl.waarhebikrechtop.e2e;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import nl.waarhebikrechtop.account.Role;
import nl.waarhebikrechtop.account.internal.AccountStore;
import nl.waarhebikrechtop.shared.DutchTime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The publishing journey in a real browser: an editor enters a new meedoenpremie with today's date, a publisher reads
 * the impact preview and publishes it, and a resident's check then shows the new amount. A database of its own, as
 * the publication is real.
 */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:publish-journey;DB_CLOSE_DELAY=-1")
class PublishJourneyIT extends BrowserTest {

    private static final String PASSWORD = "e2e-" + UUID.randomUUID();

    @Autowired AccountStore accounts;
    @Autowired PasswordEncoder encoder;

    @BeforeAll
    void accounts() {
        accounts.save("e2e-editor", "E2E Redacteur", encoder.encode(PASSWORD), Set.of(Role.EDITOR), Instant.now());
        accounts.save("e2e-publisher", "E2E Publicist", encoder.encode(PASSWORD), Set.of(Role.PUBLISHER),
                Instant.now());
    }

    private static void logIn(BrowserSession.Tab tab, String username) {
        Page page = tab.page;
        tab.go("login");
        page.getByLabel("Gebruikersnaam").fill(username);
        page.getByLabel("Wachtwoord", new Page.GetByLabelOptions().setExact(true)).fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inloggen")).click();
        page.waitForCondition(() -> page.content().contains("Uitloggen"));
    }

    @Test
    void an_editor_enters_a_new_meedoenpremie_a_publisher_publishes_it_and_the_check_shows_it() {
        LocalDate today = DutchTime.today(Clock.systemUTC());
        try (BrowserSession.Tab resident = browser.open(1280)) {
            CheckInBrowser.complete(resident, heading -> { });
            assertThat(resident.page.locator("main").textContent()).contains("€ 210");
        }

        try (BrowserSession.Tab editor = browser.open(1280)) {
            logIn(editor, "e2e-editor");
            editor.go("beheer/bedragen/meedoen.amount.primary/nieuw");
            Page page = editor.page;
            page.getByLabel("Waarde (euro per schooljaar)").fill("240");
            page.getByLabel("Geldt vanaf").fill(today.getDayOfMonth() + "-" + today.getMonthValue() + "-"
                    + today.getYear());
            page.getByLabel("Geldt vanaf").press("Enter");
            page.getByLabel("Bron", new Page.GetByLabelOptions().setExact(true))
                    .fill("https://www.wpda.nl/mijn-inkomen/meedoenregelingen");
            page.getByLabel("Waarom verandert de waarde?").fill("Nieuw bedrag van de gemeente");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Aanbieden ter beoordeling")).click();
            CheckInBrowser.heading(editor, "Bedragen beoordelen en publiceren", heading -> { });
            assertThat(page.locator("main").textContent()).contains("Wacht op beoordeling (1)");
        }

        try (BrowserSession.Tab publisher = browser.open(1280)) {
            logIn(publisher, "e2e-publisher");
            publisher.go("beheer/publiceren");
            Page page = publisher.page;
            assertThat(page.locator("main").textContent()).contains("Gevolgen voor de voorbeelden")
                    .contains("€ 240");
            assertThat(publisher.accessibilityViolations()).as("axe-core violations on the review screen").isEmpty();
            publisher.screenshot(EveryPageIT.SCREENSHOTS.resolve("staff-publish-impact.png"));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nu publiceren")).click();
            page.waitForCondition(() -> page.locator("main").textContent().contains("Wacht op beoordeling (0)"));
        }

        try (BrowserSession.Tab resident = browser.open(1280)) {
            CheckInBrowser.complete(resident, heading -> { });
            assertThat(resident.page.locator("main").textContent()).contains("€ 240").doesNotContain("€ 210");
        }
    }
}
