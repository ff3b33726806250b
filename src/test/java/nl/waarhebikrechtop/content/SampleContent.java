package nl.waarhebikrechtop.content;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The content folder loaded without Spring, as tests of content and route need it. The placeholders that other
 * modules fill in get a stand-in text here; their real wording is tested in those modules.
 */
public final class SampleContent {

    public static final Path DIR = Path.of("content");
    public static final List<PagePlaceholders> OTHER_MODULES =
            List.of(language -> Map.of("decidedRetention", "stand-in period"));

    private SampleContent() {
    }

    public static ContentService load() {
        return load(DIR);
    }

    public static ContentService load(Path dir) {
        return new ContentService(new ContentProperties(dir), new MarkdownRenderer(), OTHER_MODULES);
    }
}
