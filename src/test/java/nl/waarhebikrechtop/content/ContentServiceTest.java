package nl.waarhebikrechtop.content;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ContentServiceTest {

    private static final Path SAMPLE = Path.of("content");

    @TempDir
    Path dir;

    @Test
    void the_sample_content_loads_with_all_required_pages_in_both_languages() {
        ContentService content = SampleContent.load();

        assertThat(content.municipality().name()).isEqualTo("Gemeente Assen");
        for (String slug : ContentService.REQUIRED_PAGES) {
            assertThat(content.page(slug, Locale.of("nl"))).as(slug + " nl").isPresent();
            assertThat(content.page(slug, Locale.ENGLISH)).as(slug + " en").isPresent();
        }
    }

    @Test
    void a_missing_page_stops_the_start_and_names_the_file() throws IOException {
        copySample();
        Files.delete(dir.resolve("pages/contact.en.md"));

        assertThatThrownBy(() -> SampleContent.load(dir))
                .isInstanceOf(ContentException.class).hasMessageContaining("contact.en.md");
    }

    @Test
    void an_unconfirmed_placeholder_in_a_page_stops_the_start() throws IOException {
        copySample();
        Files.writeString(dir.resolve("pages/contact.nl.md"), "---\ntitle: Contact\n---\nBel {{phone}}.\n");

        assertThatThrownBy(() -> SampleContent.load(dir))
                .isInstanceOf(ContentException.class)
                .hasMessageContaining("contact.nl.md").hasMessageContaining("{{phone}}");
    }

    @Test
    void a_page_without_a_title_stops_the_start() throws IOException {
        copySample();
        Files.writeString(dir.resolve("pages/privacy.nl.md"), "---\nreviewed: 2026-01-01\n---\nTekst\n");

        assertThatThrownBy(() -> SampleContent.load(dir))
                .hasMessageContaining("privacy.nl.md").hasMessageContaining("title");
    }

    @Test
    void a_missing_logo_stops_the_start() throws IOException {
        copySample();
        Files.delete(dir.resolve("media/logo.svg"));

        assertThatThrownBy(() -> SampleContent.load(dir))
                .hasMessageContaining("site.yaml").hasMessageContaining("logo.svg");
    }

    @Test
    void placeholders_of_other_modules_are_filled_in_per_language() {
        PagePlaceholders retention = language -> Map.of("decidedRetention",
                "en".equals(language.getLanguage()) ? "seven years" : "zeven jaar");
        ContentService content = new ContentService(new ContentProperties(SAMPLE), new MarkdownRenderer(),
                List.of(retention));

        assertThat(content.page("privacy", Locale.of("nl")).orElseThrow().html()).contains("<td>zeven jaar.</td>");
        assertThat(content.page("privacy", Locale.ENGLISH).orElseThrow().html()).contains("<td>seven years.</td>");
    }

    @Test
    void a_page_placeholder_that_no_module_fills_in_stops_the_start() {
        assertThatThrownBy(() -> new ContentService(new ContentProperties(SAMPLE), new MarkdownRenderer(), List.of()))
                .isInstanceOf(ContentException.class)
                .hasMessageContaining("privacy.nl.md").hasMessageContaining("{{decidedRetention}}");
    }

    @Test
    void markdown_from_editors_cannot_inject_scripts() {
        String html = new MarkdownRenderer().toSafeHtml("""
                ## Kop
                <script>alert(1)</script>
                [link](javascript:alert(1)) <img src=x onerror=alert(1)>
                """);

        assertThat(html).contains("<h2>Kop</h2>").doesNotContain("<script", "<img", "javascript:");
    }

    @Test
    void what_the_renderer_leaves_out_is_listed_with_its_line_for_the_editor() {
        MarkdownRenderer.Rendered rendered = new MarkdownRenderer().render("""
                Tekst met [een link](https://www.wpda.nl).

                <iframe src="https://example.org"></iframe>

                [klik](javascript:alert(1)) en <b onerror=alert(1)>vet</b> ![foto](x.png)
                """);

        assertThat(rendered.removed()).extracting(r -> r.kind() + "@" + r.line() + " " + r.excerpt()).containsExactly(
                "HTML@3 <iframe src=\"https://example.org\"></iframe>", "LINK@5 javascript:alert(1)",
                "HTML@5 <b onerror=alert(1)>", "HTML@5 </b>", "IMAGE@5 x.png");
        assertThat(rendered.html()).contains("<a href=\"https://www.wpda.nl\"", "klik en vet")
                .doesNotContain("iframe", "javascript", "onerror", "<img", "&lt;");
    }

    @Test
    void tables_and_links_in_pages_become_real_html() {
        ContentService content = SampleContent.load();

        String privacy = content.page("privacy", Locale.of("nl")).orElseThrow().html();
        assertThat(privacy).contains("<table>").contains("<th>Hoe lang</th>")
                .contains("<a href=\"https://www.wpda.nl\"");
    }

    private void copySample() throws IOException {
        try (Stream<Path> files = Files.walk(SAMPLE)) {
            for (Path source : files.sorted(Comparator.naturalOrder()).toList()) {
                Path target = dir.resolve(SAMPLE.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }
}
