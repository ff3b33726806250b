package nl.waarhebikrechtop.content;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the site's own content at start-up: the municipality's facts ({@code content/site.yaml}) and the text
 * pages ({@code content/pages/<slug>.<lang>.md}). A missing or broken file stops the start with its name, so a
 * mistake is never first seen by a resident.
 */
@Service
public class ContentService {

    /** Pages every deployment must have, in every language. */
    public static final List<String> REQUIRED_PAGES = List.of("privacy", "toegankelijkheid", "contact");
    static final List<String> LANGUAGES = List.of("nl", "en");

    private static final ObjectMapper YAML = YAMLMapper.builder().build();

    private final Path dir;
    private final Municipality municipality;
    private final MarkdownRenderer markdown;
    private final Map<String, Map<String, String>> placeholderValues = new HashMap<>();
    private final Map<String, SeedPage> seeds = new HashMap<>();
    /** By slug and language; replaced as a whole when staff publish ({@link #showPublished}). */
    private volatile Map<String, SitePage> pages;

    /** A page as its file in {@code content/pages/} has it. */
    record SeedPage(PageVersion.Text text, @Nullable LocalDate reviewed) {
    }

    /**
     * @param modules placeholders that other modules fill in, per language (see {@link PagePlaceholders})
     */
    public ContentService(ContentProperties properties, MarkdownRenderer markdown, List<PagePlaceholders> modules) {
        this.dir = properties.dir().toAbsolutePath().normalize();
        this.municipality = readMunicipality(dir.resolve("site.yaml"));
        this.markdown = markdown;
        for (String language : LANGUAGES) {
            placeholderValues.put(language, pagePlaceholders(Locale.of(language), modules));
        }
        Map<String, SitePage> fromFiles = new HashMap<>();
        for (String slug : REQUIRED_PAGES) {
            for (String language : LANGUAGES) {
                fromFiles.put(slug + "." + language, readPage(slug, language));
            }
        }
        pages = Map.copyOf(fromFiles);
    }

    /** The pages from {@code content/pages/}, the seed of the published pages. */
    Map<String, SeedPage> seedPages() {
        return Map.copyOf(seeds);
    }

    /**
     * Renders a page's Markdown in a language exactly as residents get it: the placeholders filled in, then made
     * safe. The editor's preview uses the same.
     *
     * @throws IllegalArgumentException naming the first placeholder that is unknown or not yet confirmed
     */
    MarkdownRenderer.Rendered renderPage(String language, String body) {
        return markdown.render(fillIn(body, placeholderValues.get(language)));
    }

    /**
     * From now on residents get these versions (by slug); a page without a published version keeps its file text.
     * A version whose placeholders cannot be filled in any more keeps the page as it was, and is reported.
     */
    List<String> showPublished(Map<String, PageVersion> bySlug) {
        Map<String, SitePage> next = new HashMap<>(pages);
        List<String> problems = new java.util.ArrayList<>();
        bySlug.forEach((slug, version) -> {
            for (String language : LANGUAGES) {
                PageVersion.Text text = version.text(language);
                try {
                    next.put(slug + "." + language, new SitePage(slug, text.title(), version.checkedOn(),
                            renderPage(language, text.body()).html()));
                } catch (IllegalArgumentException e) {
                    problems.add(slug + "." + language + ": " + e.getMessage());
                }
            }
        });
        pages = Map.copyOf(next);
        return problems;
    }

    public Municipality municipality() {
        return municipality;
    }

    public Optional<SitePage> page(String slug, Locale locale) {
        return Optional.ofNullable(pages.get(slug + "." + language(locale)));
    }

    /** The content folder, for modules that read their own files from it. */
    public Path directory() {
        return dir;
    }

    /** Media files (logo, images) are served from here. */
    public Path mediaDirectory() {
        return dir.resolve("media");
    }

    static String language(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? "en" : "nl";
    }

    private static Municipality readMunicipality(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new ContentException(file, "file not found; the portal needs the municipality's details");
        }
        try {
            Municipality m = YAML.readValue(file.toFile(), Municipality.class);
            if (m.name() == null || m.contact() == null || m.contact().website() == null || m.logo() == null
                    || m.logoAlt() == null || m.serviceName() == null || m.served() == null) {
                throw new ContentException(file,
                        "name, logo, logoAlt, serviceName, served and contact.website are required");
            }
            if (!Files.isRegularFile(file.resolveSibling("media").resolve(m.logo()))) {
                throw new ContentException(file, "logo '" + m.logo() + "' not found in media/");
            }
            return m;
        } catch (ContentException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new ContentException(file, e.getMessage(), e);
        }
    }

    private SitePage readPage(String slug, String language) {
        Path file = dir.resolve("pages").resolve(slug + "." + language + ".md");
        try {
            FrontMatter doc = FrontMatter.parse(file, Files.readString(file));
            String html;
            try {
                html = renderPage(language, doc.body()).html();
            } catch (IllegalArgumentException e) {
                throw new ContentException(file, e.getMessage());
            }
            LocalDate reviewed = doc.meta().has("reviewed")
                    ? LocalDate.parse(doc.text(file, "reviewed")) : null;
            String title = doc.text(file, "title");
            seeds.put(slug + "." + language, new SeedPage(new PageVersion.Text(title, doc.body()),
                    reviewed));
            return new SitePage(slug, title, reviewed, html);
        } catch (IOException e) {
            throw new ContentException(file, "cannot be read (" + e.getMessage() + ")", e);
        } catch (java.time.format.DateTimeParseException e) {
            throw new ContentException(file, "'reviewed' must be a date like 2026-11-01", e);
        }
    }

    /** The municipality's facts by placeholder name; unconfirmed facts are absent. */
    public Map<String, String> placeholders() {
        Municipality.Contact c = municipality.contact();
        Map<String, String> values = new HashMap<>();
        values.put("name", municipality.name());
        values.put("serviceName", municipality.serviceName());
        values.put("served", String.join(", ", municipality.served()));
        values.put("website", c.website());
        putIfPresent(values, "visitingAddress", c.visitingAddress());
        putIfPresent(values, "phone", c.phone());
        putIfPresent(values, "phoneHours", c.phoneHours());
        putIfPresent(values, "email", c.email());
        return values;
    }

    /** The municipality's facts and, for pages, what the other modules fill in in this language. */
    private Map<String, String> pagePlaceholders(Locale language, List<PagePlaceholders> modules) {
        Map<String, String> values = placeholders();
        for (PagePlaceholders module : modules) {
            module.values(language).forEach((name, value) -> {
                if (values.putIfAbsent(name, value) != null) {
                    throw new IllegalStateException("placeholder {{" + name + "}} is filled in twice");
                }
            });
        }
        return values;
    }

    private static void putIfPresent(Map<String, String> values, String key, String value) {
        if (value != null && !value.isBlank()) {
            values.put(key, value);
        }
    }

    /**
     * Replaces {@code {{phone}}}-style placeholders with the municipality's facts, so they live in one file. Pages
     * also get the placeholders of {@link PagePlaceholders}; other texts (route steps) only these facts.
     *
     * @throws IllegalArgumentException naming the first placeholder that is unknown or not yet confirmed
     */
    public String fillIn(String text) {
        return fillIn(text, placeholders());
    }

    private static String fillIn(String text, Map<String, String> values) {
        String result = text;
        for (Map.Entry<String, String> e : values.entrySet()) {
            result = result.replace("{{" + e.getKey() + "}}", e.getValue());
        }
        int open = result.indexOf("{{");
        if (open >= 0) {
            throw new IllegalArgumentException("unknown or unconfirmed placeholder "
                    + result.substring(open, Math.min(result.length(), result.indexOf("}}", open) + 2)));
        }
        return result;
    }
}
