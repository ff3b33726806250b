package nl.waarhebikrechtop.route;

import nl.waarhebikrechtop.content.ContentException;
import nl.waarhebikrechtop.content.MarkdownRenderer;
import nl.waarhebikrechtop.content.SampleContent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A broken step file stops the start-up with a message an editor can act on: the file, the line, the problem. */
class RouteStepReaderTest {

    @TempDir
    Path dir;

    private final RouteStepReader reader = new RouteStepReader(new MarkdownRenderer(),
            SampleContent.load()::fillIn);

    @BeforeEach
    void copyTheRealSteps() throws IOException {
        try (var files = Files.list(Path.of("content/route"))) {
            for (Path file : files.toList()) {
                Files.copy(file, dir.resolve(file.getFileName()));
            }
        }
    }

    private void edit(String file, String from, String to) throws IOException {
        Path path = dir.resolve(file);
        String text = Files.readString(path);
        assertThat(text).contains(from);
        Files.writeString(path, text.replace(from, to));
    }

    @Test
    void the_real_steps_read_without_problems() {
        assertThat(reader.readAll(dir)).hasSize(11);
    }

    @Test
    void a_missing_part_is_named_with_its_file() throws IOException {
        edit("4.en.md", "## How long does it take? {#how-long}", "## How long does it take?");

        assertThatThrownBy(() -> reader.readAll(dir)).isInstanceOf(ContentException.class)
                .hasMessageContaining("4.en.md").hasMessageContaining("line 28")
                .hasMessageContaining("a part heading needs its key");
    }

    @Test
    void a_part_left_out_entirely_is_reported_as_missing() throws IOException {
        edit("6.6.nl.md", "## Hoe lang duurt het? {#how-long}", "### Hoe lang duurt het?");

        assertThatThrownBy(() -> reader.readAll(dir)).isInstanceOf(ContentException.class)
                .hasMessageContaining("6.6.nl.md").hasMessageContaining("missing part 'how-long'");
    }

    @Test
    void a_missing_language_is_named() throws IOException {
        Files.delete(dir.resolve("5.en.md"));

        assertThatThrownBy(() -> reader.readAll(dir)).isInstanceOf(ContentException.class)
                .hasMessageContaining("5.en.md").hasMessageContaining("no text in language 'en'");
    }

    @Test
    void a_link_to_a_step_that_does_not_exist_is_broken() throws IOException {
        edit("1.nl.md", "(route/2)", "(route/7)");

        assertThatThrownBy(() -> reader.readAll(dir)).isInstanceOf(ContentException.class)
                .hasMessageContaining("1.nl.md").hasMessageContaining("broken internal link 'route/7'");
    }

    @Test
    void an_unconfirmed_placeholder_is_refused() throws IOException {
        edit("2.nl.md", "<{{website}}>", "{{phone}}");

        assertThatThrownBy(() -> reader.readAll(dir)).isInstanceOf(ContentException.class)
                .hasMessageContaining("2.nl.md").hasMessageContaining("{{phone}}");
    }

    @Test
    void checklists_must_match_between_languages() throws IOException {
        edit("3.en.md", "{#rent}", "{#rental}");

        assertThatThrownBy(() -> reader.readAll(dir)).isInstanceOf(ContentException.class)
                .hasMessageContaining("3.en.md").hasMessageContaining("3/rental");
    }

    @Test
    void a_checklist_item_without_id_is_refused() throws IOException {
        edit("2.nl.md", "(geen rijbewijs) {#id-card}", "(geen rijbewijs)");

        assertThatThrownBy(() -> reader.readAll(dir)).isInstanceOf(ContentException.class)
                .hasMessageContaining("2.nl.md").hasMessageContaining("a checklist item looks like");
    }

    @Test
    void an_unknown_situation_is_refused() throws IOException {
        edit("6.2.nl.md", "applies_to: [debts]", "applies_to: [schulden]");

        assertThatThrownBy(() -> reader.readAll(dir)).isInstanceOf(ContentException.class)
                .hasMessageContaining("6.2.nl.md").hasMessageContaining("unknown situation 'schulden'");
    }

    @Test
    void a_second_page_title_is_refused_to_keep_the_heading_outline() throws IOException {
        edit("1.en.md", "## What happens? {#what-happens}", "# Bijstand\n\n## What happens? {#what-happens}");

        assertThatThrownBy(() -> reader.readAll(dir)).isInstanceOf(ContentException.class)
                .hasMessageContaining("1.en.md").hasMessageContaining("one title");
    }

    @Test
    void a_checklist_item_is_plain_text_because_the_pdf_and_the_checkbox_show_it_as_it_is() throws IOException {
        edit("4.nl.md", "(zie stap 3) {#papers}", "(zie [stap 3](route/3)) {#papers}");

        assertThatThrownBy(() -> reader.readAll(dir)).isInstanceOf(ContentException.class)
                .hasMessageContaining("4.nl.md").hasMessageContaining("plain text");
    }
}
