package nl.waarhebikrechtop.e2e;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A real headless Chromium (Debian's, never a downloaded one) driven by Playwright, with the checks every page
 * must pass: no console errors and no axe-core violations of WCAG 2.1 A/AA.
 */
final class BrowserSession implements AutoCloseable {

    static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final Path CHROMIUM = Paths.get(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));

    private final Playwright playwright;
    private final Browser browser;
    private final String baseUrl;

    BrowserSession(int port) {
        if (!Files.isExecutable(CHROMIUM)) {
            throw new IllegalStateException("Chromium not found at " + CHROMIUM + ": apt-get install chromium");
        }
        this.baseUrl = "http://localhost:" + port + "/";
        this.playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        this.browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM).setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic")));
    }

    /** A fresh browser tab (own cookies, so a new Vaadin session) at the given viewport width. */
    Tab open(int width) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, 900));
        return new Tab(context, context.newPage(), baseUrl);
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }

    static final class Tab implements AutoCloseable {
        final BrowserContext context;
        final Page page;
        final String baseUrl;
        final List<String> consoleErrors = new ArrayList<>();

        Tab(BrowserContext context, Page page, String baseUrl) {
            this.context = context;
            this.page = page;
            this.baseUrl = baseUrl;
            page.onConsoleMessage(message -> {
                if ("error".equals(message.type())) {
                    consoleErrors.add(message.text());
                }
            });
            page.onPageError(error -> consoleErrors.add("page error: " + error));
        }

        /** Opens a path and waits until Vaadin has rendered the page's heading. */
        Tab go(String path) {
            page.navigate(baseUrl + path);
            page.locator("main h1").first().waitFor();
            return this;
        }

        /** The axe-core violations of WCAG 2.1 A/AA on the page as it is now, one readable line each. */
        List<String> accessibilityViolations() {
            AxeResults results = new AxeBuilder(page).withTags(WCAG_TAGS).analyze();
            return results.getViolations().stream().map(Tab::describe).toList();
        }

        private static String describe(Rule rule) {
            return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                    + rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", "));
        }

        void screenshot(Path file) {
            page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        }

        @Override
        public void close() {
            context.close();
        }
    }
}
