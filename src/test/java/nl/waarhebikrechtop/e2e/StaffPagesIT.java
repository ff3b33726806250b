package nl.waarhebikrechtop.e2e;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import nl.waarhebikrechtop.aanvraag.ApplicationDocuments;
import nl.waarhebikrechtop.aanvraag.Casework;
import nl.waarhebikrechtop.aanvraag.TestApplications;
import nl.waarhebikrechtop.aanvraag.TestFiles;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.file.Files;
import java.util.regex.Pattern;
import nl.waarhebikrechtop.aanvraag.Application;
import nl.waarhebikrechtop.aanvraag.ApplicationService;
import nl.waarhebikrechtop.aanvraag.Choice;
import nl.waarhebikrechtop.aanvraag.ContactDetails;
import nl.waarhebikrechtop.aanvraag.Scheme;
import nl.waarhebikrechtop.account.Role;
import nl.waarhebikrechtop.content.ParameterChange;
import nl.waarhebikrechtop.content.PagePublishing;
import nl.waarhebikrechtop.content.PageVersion;
import nl.waarhebikrechtop.content.ParameterPublishing;
import nl.waarhebikrechtop.account.internal.AccountStore;
import nl.waarhebikrechtop.eligibility.Answer;
import nl.waarhebikrechtop.eligibility.HomeMunicipality;
import nl.waarhebikrechtop.eligibility.Income;
import nl.waarhebikrechtop.eligibility.School;
import nl.waarhebikrechtop.eligibility.Situation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A caseworker logs in through the real login form and opens every staff page, including a submitted application:
 * each passes the axe-core WCAG 2.1 A/AA scan and logs no console error.
 */
class StaffPagesIT extends BrowserTest {

    private static final String USER = "e2e-caseworker";
    private static final String PASSWORD = "e2e-" + java.util.UUID.randomUUID();

    /** The labels of form fields whose text does not fit (cut off or clipped). */
    private static final String CUT_LABELS = """
            () => [...document.querySelectorAll('vaadin-text-field, vaadin-text-area, vaadin-date-picker,'
                + ' vaadin-date-time-picker, vaadin-select, vaadin-checkbox')]
              .map(f => f.querySelector('label[slot="label"]') || (f.shadowRoot && f.shadowRoot.querySelector('[part="label"]')))
              .filter(l => l && l.textContent.trim() && l.scrollWidth > l.clientWidth + 1)
              .map(l => l.textContent.trim())""";

    /** Focuses the first link in the page's content and says whether the focus shows (outline or shadow). */
    private static final String FOCUS_ON_FIRST_CONTENT_LINK = """
            () => {
              const link = document.querySelector('main a[href]');
              if (!link) return 'no link';
              link.focus({focusVisible: true});
              const style = getComputedStyle(link);
              const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
              return document.activeElement === link && (outline || style.boxShadow !== 'none') ? 'visible' : 'hidden';
            }""";

    @Autowired ParameterPublishing publishing;
    @Autowired PagePublishing pages;
    @Autowired AccountStore accounts;
    @Autowired PasswordEncoder encoder;
    @Autowired ApplicationService applications;
    @Autowired ApplicationDocuments documents;
    @Autowired Casework casework;
    @Autowired JdbcClient jdbc;

    @BeforeAll
    void setUp() {
        accounts.save(USER, "E2E Caseworker", encoder.encode(PASSWORD), Set.of(Role.CASEWORKER, Role.EDITOR,
                Role.PUBLISHER), Instant.now());
        // A value another editor offered, so that the publishing page shows a card with the publisher's actions
        var editor = java.util.List.of(new org.springframework.security.core.authority.SimpleGrantedAuthority(
                Role.EDITOR.authority()));
        org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(
                org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated(
                        "e2e-editor", null, editor));
        ParameterChange offered = publishing.draft(new ParameterPublishing.ValueInput("meedoen.amount.primary",
                "225", LocalDate.of(2027, 8, 1), "https://www.wpda.nl/mijn-inkomen/meedoenregelingen", true,
                LocalDate.of(2026, 12, 1), "", false, "Nieuw schooljaar"));
        publishing.offerForReview(offered.id(), offered.version());
        // And a change of the privacy page, so that its screen shows the publisher's review with the difference
        PageVersion privacy = pages.inForce("privacy").orElseThrow();
        PageVersion page = pages.draft(new PagePublishing.PageInput("privacy", new PageVersion.Text(
                privacy.nl().title(), privacy.nl().body().replaceFirst("\n", "\nWij bewaren niets zonder reden.\n")),
                privacy.en(), "Een zin over bewaren erbij"));
        pages.offerForReview(page.id(), page.version());
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
        Situation household = new Situation(HomeMunicipality.ASSEN, false, 34, null,
                List.of(new Situation.Child(8, School.PRIMARY)), List.of(), Income.fromWork(new BigDecimal("1200.00")),
                new BigDecimal("500.00"), Answer.NO, Answer.NO, Answer.NO, 12, new BigDecimal("650.00"),
                Answer.NO);
        Application draft = applications.newDraft(Scheme.KINDPAKKET, household, Locale.of("nl"));
        applications.submit(draft.edited(household, List.of(Choice.forChild(0, "jarige-job")),
                new ContactDetails("Sam Jansen", "Stationsstraat 1", "9401 KX", "Assen", LocalDate.of(1992, 3, 4),
                        "sam@example.nl", "", ""), Locale.of("nl")), true);
        casework.askForInformation(draft.id(), "Stuur uw loonstrook.", USER);
        Application waiting = applications.resume(TestApplications.mailedToken(jdbc, "application-info-requested"))
                .orElseThrow();
        documents.attach(waiting, "loonstrook.pdf", TestFiles.pdf());
        applications.answer(waiting, "Zie de bijlage.");
    }

    @Test
    void every_staff_page_is_accessible_after_logging_in() {
        try (BrowserSession.Tab tab = browser.open(1280)) {
            Page page = tab.page;
            tab.go("login");
            page.getByLabel("Gebruikersnaam").fill(USER);
            page.getByLabel("Wachtwoord", new Page.GetByLabelOptions().setExact(true)).fill(PASSWORD);
            page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName("Inloggen")).click();
            page.waitForCondition(() -> page.content().contains("Uitloggen"));

            for (String path : List.of("beheer", "beheer/aanvragen", "beheer/gkb", "beheer/mail",
                    "beheer/statistiek", "beheer/bedragen", "beheer/publiceren",
                    "beheer/bedragen/meedoen.amount.primary/nieuw", "beheer/teksten", "beheer/teksten/contact",
                    "beheer/teksten/privacy")) {
                tab.go(path);
                assertThat(tab.accessibilityViolations()).as("axe-core violations on /" + path).isEmpty();
                tab.screenshot(EveryPageIT.SCREENSHOTS.resolve("staff-" + path.replace('/', '-') + ".png"));
            }
            // The pages this work changed or added, on a phone: no sideways scrolling, no label cut off, and the
            // keyboard focus visible on the first link of the page's content
            for (int width : new int[] {320, 390}) {
                page.setViewportSize(width, 900);
                for (String path : List.of("beheer", "beheer/aanvragen", "beheer/publiceren",
                        "beheer/bedragen/meedoen.amount.primary/nieuw", "beheer/teksten", "beheer/teksten/contact",
                        "beheer/teksten/privacy")) {
                    tab.go(path);
                    String where = "/" + path + " at " + width + " px";
                    assertThat(tab.accessibilityViolations()).as("axe-core violations on " + where).isEmpty();
                    int scrollWidth = ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue();
                    assertThat(scrollWidth).as(where + ": no sideways scrolling").isLessThanOrEqualTo(width);
                    assertThat(page.evaluate(CUT_LABELS)).as(where + ": labels cut off").asList().isEmpty();
                    assertThat(String.valueOf(page.evaluate(FOCUS_ON_FIRST_CONTENT_LINK)))
                            .as(where + ": visible keyboard focus").isEqualTo("visible");
                    tab.screenshot(EveryPageIT.SCREENSHOTS.resolve("staff-" + path.replace('/', '-') + "-" + width
                            + ".png"));
                }
            }
            page.setViewportSize(1280, 900);
            tab.go("beheer/aanvragen");
            page.locator("vaadin-grid a").first().click();
            page.waitForCondition(() -> page.locator("main h1").first().textContent().startsWith("Aanvraag KP-"));
            assertThat(tab.accessibilityViolations()).as("axe-core violations on a case").isEmpty();
            tab.screenshot(EveryPageIT.SCREENSHOTS.resolve("staff-case.png"));
            page.setViewportSize(390, 900);
            assertThat(tab.accessibilityViolations()).as("axe-core violations on a case at 390 px").isEmpty();
            tab.screenshot(EveryPageIT.SCREENSHOTS.resolve("staff-case-390.png"));
            page.setViewportSize(1280, 900);

            Download download = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                    new Page.GetByRoleOptions().setName(Pattern.compile("^loonstrook\\.pdf"))).click());
            assertThat(download.suggestedFilename()).isEqualTo("loonstrook.pdf");
            try {
                assertThat(Files.readAllBytes(download.path())).isEqualTo(TestFiles.pdf());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            assertThat(tab.consoleErrors).isEmpty();
        }
    }
}
