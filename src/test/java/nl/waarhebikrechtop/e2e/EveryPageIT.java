package nl.waarhebikrechtop.e2e;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Opens every page of the portal in a real Chromium, in Dutch and in English, at desktop and phone width: each
 * must render its heading, say which language it is in, log no console error and have no WCAG 2.1 A/AA violation.
 */
class EveryPageIT extends BrowserTest {

    /** Every route a visitor can reach; features add their pages here. */
    static final List<String> PAGES = List.of("", "check", "aanvragen", "route", "privacy", "toegankelijkheid",
            "contact", "check/resultaat", "bestaat-niet", "route/1", "route/2", "route/3", "route/4", "route/5",
            "route/6.1", "route/6.2", "route/6.3", "route/6.4", "route/6.5", "route/6.6", "login", "schuldhulp",
            "aanvragen/kindpakket", "aanvragen/meedoen");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @BeforeAll
    void createScreenshotFolder() throws Exception {
        Files.createDirectories(SCREENSHOTS);
    }

    @TestFactory
    Stream<DynamicTest> every_page_is_accessible_and_error_free_in_both_languages() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String language : List.of("nl", "en")) {
            for (int width : new int[]{1280, 360}) {
                for (String path : PAGES) {
                    String name = "/" + path + " in " + language + " at " + width + "px";
                    tests.add(DynamicTest.dynamicTest(name, () -> checkPage(path, language, width)));
                }
            }
        }
        return tests.stream();
    }

    private void checkPage(String path, String language, int width) {
        try (BrowserSession.Tab tab = browser.open(width)) {
            tab.go(path + "?lang=" + language);

            assertThat(tab.page.locator("html").getAttribute("lang")).isEqualTo(language);
            assertThat(tab.page.title()).isNotBlank();
            assertThat(tab.accessibilityViolations()).as("axe-core violations").isEmpty();
            int scrollWidth = ((Number) tab.page.evaluate("document.documentElement.scrollWidth")).intValue();
            assertThat(scrollWidth).as("no horizontal scrolling").isLessThanOrEqualTo(width);
            assertThat(tab.consoleErrors).as("console errors").isEmpty();
            tab.screenshot(SCREENSHOTS.resolve((path.isEmpty() ? "home" : path) + "-" + language + "-" + width + ".png"));
        }
    }

    @Test
    void a_link_with_lang_en_opens_the_page_in_english() {
        try (BrowserSession.Tab tab = browser.open(1280)) {
            tab.go("check?lang=en");
            assertThat(tab.page.locator("main h1").textContent()).isEqualTo("Where do you live?");
        }
    }

    @Test
    void an_unknown_address_shows_the_friendly_not_found_page() {
        try (BrowserSession.Tab tab = browser.open(1280)) {
            tab.go("bestaat-niet");
            assertThat(tab.page.locator("main h1").textContent()).isEqualTo("Deze pagina bestaat niet");
        }
    }

    @Test
    void the_language_switch_turns_the_site_english_and_remembers_it() {
        try (BrowserSession.Tab tab = browser.open(1280)) {
            tab.go("");
            tab.page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                    new com.microsoft.playwright.Page.GetByRoleOptions().setName("Switch to English")).click();
            tab.page.waitForCondition(() -> "en".equals(tab.page.locator("html").getAttribute("lang")));
            tab.page.locator("main h1").first().waitFor();
            assertThat(tab.page.locator("main h1").textContent()).isEqualTo("Do you get the money or help you are entitled to?");

            tab.go("privacy");
            assertThat(tab.page.locator("html").getAttribute("lang")).isEqualTo("en");
            assertThat(tab.consoleErrors).isEmpty();
        }
    }

    @Test
    void keyboard_users_can_skip_to_the_content_and_reach_the_check() {
        try (BrowserSession.Tab tab = browser.open(1280)) {
            tab.go("");
            tab.page.keyboard().press("Tab");
            assertThat(tab.page.evaluate("document.activeElement.textContent")).isEqualTo("Ga direct naar de inhoud");
            tab.page.keyboard().press("Enter");
            // From the main region, the first link is the check.
            tab.page.keyboard().press("Tab");
            assertThat(tab.page.evaluate("document.activeElement.textContent")).isEqualTo("Start de check");
            tab.page.keyboard().press("Enter");
            tab.page.waitForURL("**/check");
            assertThat(tab.page.locator("main h1").textContent()).isEqualTo("Waar woont u?");
        }
    }
}
