package nl.waarhebikrechtop.route;

import nl.waarhebikrechtop.content.ContentService;
import nl.waarhebikrechtop.content.MarkdownRenderer;
import nl.waarhebikrechtop.content.SampleContent;
import nl.waarhebikrechtop.shared.i18n.MessagesI18nProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The real step files in {@code content/route/}: complete in both languages, and every link goes somewhere. */
class RouteContentTest {

    static final List<String> STEP_IDS = List.of("1", "2", "3", "4", "5", "6.1", "6.2", "6.3", "6.4", "6.5", "6.6");
    private static final Pattern HREF = Pattern.compile("href=\"([^\"]*)\"");
    private static final Set<String> PORTAL_PAGES =
            Set.of("check", "aanvragen", "route", "contact", "privacy", "toegankelijkheid");

    static RouteService service() {
        ContentService content = SampleContent.load();
        return new RouteService(content, new MarkdownRenderer(), new MessagesI18nProvider(), Clock.systemUTC());
    }

    private static final RouteService ROUTE = service();

    static Stream<Locale> languages() {
        return Stream.of(MessagesI18nProvider.DUTCH, MessagesI18nProvider.ENGLISH);
    }

    @Test
    void the_route_has_the_steps_of_the_client_route_in_order() {
        assertThat(ROUTE.steps()).extracting(RouteStep::id).containsExactlyElementsOf(STEP_IDS);
    }

    @Test
    void every_step_file_exists_in_both_languages() {
        for (String id : STEP_IDS) {
            for (String language : RouteService.LANGUAGES) {
                assertThat(Path.of("content/route", id + "." + language + ".md")).isRegularFile();
            }
        }
    }

    @ParameterizedTest
    @MethodSource("languages")
    void every_step_has_all_six_parts_with_text(Locale locale) {
        for (RouteStep step : ROUTE.steps()) {
            RouteStep.Text text = step.text(locale);
            assertThat(text.title()).as(step.id()).isNotBlank();
            assertThat(text.summary()).as(step.id()).isNotBlank();
            assertThat(text.parts()).as(step.id()).extracting(RouteStep.Part::type)
                    .containsExactly(PartType.values());
            for (RouteStep.Part part : text.parts()) {
                assertThat(part.heading()).as(step.id() + " " + part.type()).isNotBlank();
                String words = (part.html() + part.htmlAfter()).replaceAll("<[^>]+>", "")
                        + part.checklist().stream().map(RouteStep.ChecklistItem::text).reduce("", String::concat);
                assertThat(words).as(step.id() + " " + part.type()).hasSizeGreaterThan(20);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("languages")
    void every_internal_link_in_the_steps_resolves(Locale locale) {
        int internal = 0;
        for (RouteStep step : ROUTE.steps()) {
            RouteStep.Text text = step.text(locale);
            StringBuilder html = new StringBuilder();
            text.parts().forEach(p -> html.append(p.html()).append(p.htmlAfter()));
            text.tips().forEach(t -> html.append(t.html()));
            Matcher m = HREF.matcher(html);
            while (m.find()) {
                String href = m.group(1);
                if (href.startsWith("https://")) {
                    continue;
                }
                internal++;
                boolean toStep = href.startsWith("route/") && ROUTE.step(href.substring(6)).isPresent();
                assertThat(toStep || PORTAL_PAGES.contains(href)).as(step.id() + " links to " + href).isTrue();
            }
        }
        assertThat(internal).as("the steps link to each other").isGreaterThan(10);
    }

    @Test
    void checklists_are_the_same_in_both_languages_and_step_3_asks_for_the_usual_papers() {
        for (RouteStep step : ROUTE.steps()) {
            assertThat(step.text(MessagesI18nProvider.ENGLISH).checklist())
                    .extracting(RouteStep.ChecklistItem::key)
                    .containsExactlyElementsOf(step.text(MessagesI18nProvider.DUTCH).checklist().stream()
                            .map(RouteStep.ChecklistItem::key).toList());
        }
        assertThat(ROUTE.step("3").orElseThrow().text(MessagesI18nProvider.DUTCH).checklist())
                .extracting(RouteStep.ChecklistItem::key)
                .contains("3/id-card", "3/bank-statements", "3/rent", "3/income", "3/income-stopped", "3/debts");
    }

    @Test
    void step_6_5_about_poverty_leads_to_the_check() {
        RouteStep poverty = ROUTE.step("6.5").orElseThrow();
        for (Locale locale : languages().toList()) {
            assertThat(poverty.text(locale).parts()).anySatisfy(p -> assertThat(p.html()).contains("href=\"check\""));
        }
    }

    @Test
    void municipality_facts_come_from_site_yaml_and_no_placeholder_is_left() throws Exception {
        String raw = Files.readString(Path.of("content/route/2.nl.md"));
        assertThat(raw).contains("{{website}}").doesNotContain("wpda.nl");
        RouteStep.Text text = ROUTE.step("2").orElseThrow().text(MessagesI18nProvider.DUTCH);
        String html = text.parts().stream().map(RouteStep.Part::html).reduce("", String::concat);
        assertThat(html).contains("https://www.wpda.nl").doesNotContain("{{");
    }

    @Test
    void rendered_steps_have_no_headings_above_h3_so_the_outline_stays_under_the_page_title() {
        for (RouteStep step : ROUTE.steps()) {
            for (Locale locale : languages().toList()) {
                RouteStep.Text text = step.text(locale);
                text.parts().forEach(p -> assertThat(p.html() + p.htmlAfter()).doesNotContain("<h1", "<h2"));
                text.tips().forEach(t -> assertThat(t.html()).doesNotContain("<h1", "<h2", "<h3"));
            }
        }
    }
}
