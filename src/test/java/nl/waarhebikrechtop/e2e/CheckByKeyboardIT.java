package nl.waarhebikrechtop.e2e;

import com.microsoft.playwright.Page;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A resident who uses only the keyboard completes the check, in Dutch and in English, and every screen on the way
 * passes the axe-core WCAG 2.1 A/AA scan. Labels come from the message bundles, so the test follows the texts.
 */
class CheckByKeyboardIT extends BrowserTest {

    /** What the focused element is called: its label, or for a radio button "group label: option". */
    private static final String FOCUSED = """
            () => {
              let e = document.activeElement;
              while (e && e.shadowRoot && e.shadowRoot.activeElement) e = e.shadowRoot.activeElement;
              const radio = e && e.closest('vaadin-radio-button');
              if (radio) return radio.closest('vaadin-radio-group').label + ': '
                  + (radio.label || radio.textContent.trim());
              const host = e && e.closest('vaadin-text-field, vaadin-checkbox, vaadin-button, a');
              if (!host) return '';
              return host.label || host.textContent.trim();
            }""";

    private Properties texts;
    private final List<String> violations = new ArrayList<>();

    @ParameterizedTest(name = "the check can be completed by keyboard only in {0}")
    @ValueSource(strings = {"nl", "en"})
    void the_check_can_be_completed_by_keyboard_only(String language) throws IOException {
        texts = bundle(language);
        violations.clear();
        try (BrowserSession.Tab tab = browser.open(390)) {
            Page page = tab.page;
            tab.go("check?lang=" + language);
            scan(tab, "place");
            choose(page, "check.place.livesIn", "Assen");
            next(tab, "household");
            type(page, "check.household.age", "30");
            choose(page, "check.household.partner", text("check.answer.no"));
            next(tab, "children");
            type(page, "check.children.count", "0");
            next(tab, "housemates");
            type(page, "check.housemates.count", "0");
            next(tab, "income");
            type(page, "check.income.work", "0");
            type(page, "check.income.benefit", "1200");
            type(page, "check.income.alimony", "0");
            type(page, "check.income.other", "0");
            next(tab, "assets");
            type(page, "check.assets.amount", "100");
            choose(page, "check.assets.ownHome", text("check.answer.no"));
            next(tab, "debts");
            choose(page, "check.debts.question", text("check.answer.no"));
            next(tab, "benefits");
            choose(page, "check.benefits.bijstand", text("check.answer.no"));
            type(page, "check.benefits.months", "12");
            next(tab, "rent");
            type(page, "check.rent.amount", "600");
            tabTo(page, text("check.next"));
            page.keyboard().press("Enter");
            waitForHeading(page, text("check.summary.title"));
            scan(tab, "summary");
            tabTo(page, text("check.showResults"));
            page.keyboard().press("Enter");
            page.waitForURL("**/check/resultaat");
            waitForHeading(page, text("results.title"));
            assertThat(page.locator(".scheme-card").count()).isGreaterThan(5);
            scan(tab, "results");
            tab.screenshot(EveryPageIT.SCREENSHOTS.resolve("check-results-" + language + "-390.png"));
            assertThat(violations).as("axe-core violations on the check's screens").isEmpty();
            assertThat(tab.consoleErrors).as("console errors").isEmpty();
        }
    }

    private void scan(BrowserSession.Tab tab, String screen) {
        tab.screenshot(EveryPageIT.SCREENSHOTS.resolve("check-screen-" + screen + "-"
                + tab.page.locator("html").getAttribute("lang") + "-390.png"));
        for (String violation : tab.accessibilityViolations()) {
            violations.add(screen + ": " + violation);
        }
    }

    /** Presses Tab until the element with this label has the focus. */
    private void tabTo(Page page, String label) {
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            page.keyboard().press("Tab");
            String focused = String.valueOf(page.evaluate(FOCUSED));
            if (focused.equals(label) || focused.startsWith(label + ": ")) {
                return;
            }
            seen.add(focused);
        }
        throw new AssertionError("Tab never reached '" + label + "'; it went to " + seen);
    }

    private void type(Page page, String labelKey, String value) {
        tabTo(page, text(labelKey));
        page.keyboard().type(value);
    }

    /** Tabs into a radio group, then uses the arrow keys to the option and Space to choose it. */
    private void choose(Page page, String groupKey, String option) {
        String group = text(groupKey);
        tabTo(page, group);
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String focused = String.valueOf(page.evaluate(FOCUSED));
            if (focused.equals(group + ": " + option)) {
                page.keyboard().press("Space");
                return;
            }
            seen.add(focused);
            page.keyboard().press("ArrowDown");
        }
        throw new AssertionError("Arrow keys never reached '" + option + "' in '" + group + "'; saw " + seen);
    }

    private void next(BrowserSession.Tab tab, String screen) {
        tabTo(tab.page, text("check.next"));
        tab.page.keyboard().press("Enter");
        waitForHeading(tab.page, text("check." + screen + ".title"));
        assertThat(tab.page.evaluate("document.activeElement.tagName")).as("focus moves to the new heading")
                .isEqualTo("H1");
        scan(tab, screen);
    }

    private static void waitForHeading(Page page, String text) {
        page.waitForCondition(() -> text.equals(page.locator("main h1").first().textContent()));
    }

    private String text(String key) {
        String value = texts.getProperty(key);
        assertThat(value).as("message " + key).isNotNull();
        return value;
    }

    private static Properties bundle(String language) throws IOException {
        try (InputStream in = CheckByKeyboardIT.class.getResourceAsStream("/messages_" + language + ".properties")) {
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        }
    }

    static {
        try {
            Files.createDirectories(EveryPageIT.SCREENSHOTS);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
