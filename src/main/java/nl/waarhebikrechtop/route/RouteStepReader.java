package nl.waarhebikrechtop.route;

import nl.waarhebikrechtop.content.ContentException;
import nl.waarhebikrechtop.content.ContentService;
import nl.waarhebikrechtop.content.FrontMatter;
import nl.waarhebikrechtop.content.MarkdownRenderer;
import nl.waarhebikrechtop.shared.ui.PortalRoutes;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads and checks {@code content/route/<id>.<language>.md}. Every problem stops the start-up with the file, the
 * line where known, and what to change, so an editor's mistake never reaches a resident. The expected form is
 * described in {@code content/route/README.md}.
 */
final class RouteStepReader {

    private static final Pattern FILE_NAME = Pattern.compile("(\\d+(?:\\.\\d+)?)\\.([a-z]{2})\\.md");
    private static final Pattern EXTERNAL = Pattern.compile("(https?:|mailto:|tel:).*");
    private static final Set<String> PORTAL_PAGES = portalPages();

    private final MarkdownRenderer markdown;
    private final UnaryOperator<String> placeholders;

    /**
     * @param placeholders fills in the municipality's facts ({@link ContentService#fillIn}); throws
     *                     IllegalArgumentException for a placeholder it cannot fill
     */
    RouteStepReader(MarkdownRenderer markdown, UnaryOperator<String> placeholders) {
        this.markdown = markdown;
        this.placeholders = placeholders;
    }

    List<RouteStep> readAll(Path dir) {
        Map<String, Map<String, Path>> files = listFiles(dir);
        List<Parsed> parsed = new ArrayList<>();
        files.forEach((id, byLanguage) -> {
            List<Parsed> languages = new ArrayList<>();
            for (String language : RouteService.LANGUAGES) {
                Path file = byLanguage.get(language);
                if (file == null) {
                    throw new ContentException(dir.resolve(id + "." + language + ".md"),
                            "missing: step " + id + " has no text in language '" + language + "'");
                }
                languages.add(parse(file, id, language));
            }
            sameStructure(languages);
            parsed.addAll(languages);
        });
        checkLinks(parsed, files.keySet());
        return toSteps(parsed);
    }

    private static Map<String, Map<String, Path>> listFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new ContentException(dir, "folder not found; the walkthrough needs its step files");
        }
        Map<String, Map<String, Path>> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(dir)) {
            for (Path file : list.filter(RouteStepReader::isStepFile).toList()) {
                Matcher m = FILE_NAME.matcher(file.getFileName().toString());
                if (!m.matches() || !RouteService.LANGUAGES.contains(m.group(2))) {
                    throw new ContentException(file, "a step file is named <step>.<language>.md, like 6.2.nl.md"
                            + " (languages: " + RouteService.LANGUAGES + ")");
                }
                files.computeIfAbsent(m.group(1), k -> new HashMap<>()).put(m.group(2), file);
            }
        } catch (IOException e) {
            throw new ContentException(dir, "cannot be read (" + e.getMessage() + ")", e);
        }
        if (files.isEmpty()) {
            throw new ContentException(dir, "no step files found");
        }
        return files;
    }

    /** Markdown files except the editors' README. */
    private static boolean isStepFile(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".md") && !name.equalsIgnoreCase("README.md");
    }

    private Parsed parse(Path file, String id, String language) {
        String raw;
        try {
            raw = Files.readString(file);
        } catch (IOException e) {
            throw new ContentException(file, "cannot be read (" + e.getMessage() + ")", e);
        }
        FrontMatter doc = FrontMatter.parse(file, raw);
        if (!id.equals(doc.text(file, "id"))) {
            throw new ContentException(file, "front matter 'id' must be \"" + id + "\", like the file name");
        }
        JsonNode order = doc.meta().get("order");
        if (order == null || !order.isInt()) {
            throw new ContentException(file, "front matter field 'order' must be a whole number");
        }
        LocalDate reviewed;
        try {
            reviewed = LocalDate.parse(doc.text(file, "reviewed"));
        } catch (DateTimeParseException e) {
            throw new ContentException(file, "'reviewed' must be a date like 2026-11-01", e);
        }
        int firstBodyLine = (int) raw.replace("\r\n", "\n").lines().count() - (int) doc.body().lines().count() + 1;
        StepBody body = new StepBody(file, firstBodyLine, fillIn(file, doc.body()), markdown);
        RouteStep.Text text = new RouteStep.Text(doc.text(file, "title"), doc.text(file, "summary"), reviewed,
                body.parts(id), body.tipsHeading(), body.tips());
        return new Parsed(file, id, language, order.asInt(), appliesTo(file, doc.meta().get("applies_to")), text,
                body.links());
    }

    private static Set<RouteTag> appliesTo(Path file, JsonNode node) {
        Set<RouteTag> tags = EnumSet.noneOf(RouteTag.class);
        if (node == null || node.isNull()) {
            return tags;
        }
        if (!node.isArray()) {
            throw new ContentException(file, "'applies_to' must be a list like [debts], or left out for everyone");
        }
        for (JsonNode value : node) {
            tags.add(tag(file, value.asString()));
        }
        return tags;
    }

    static RouteTag tag(Path file, String key) {
        return RouteTag.fromKey(key).orElseThrow(() -> new ContentException(file, "unknown situation '" + key
                + "'; use one of " + Arrays.stream(RouteTag.values()).map(RouteTag::key).toList()));
    }

    private String fillIn(Path file, String text) {
        try {
            return placeholders.apply(text);
        } catch (IllegalArgumentException e) {
            throw new ContentException(file, e.getMessage());
        }
    }

    /** The same step must have the same shape in every language: order, situations, checklist and tips. */
    private static void sameStructure(List<Parsed> languages) {
        Parsed first = languages.getFirst();
        for (Parsed other : languages.subList(1, languages.size())) {
            if (other.order != first.order || !other.appliesTo.equals(first.appliesTo)) {
                throw new ContentException(other.file, "'order' and 'applies_to' must be the same as in "
                        + first.file.getFileName());
            }
            if (!keys(other).equals(keys(first))) {
                throw new ContentException(other.file, "the checklist items " + keys(other)
                        + " must be the same as in " + first.file.getFileName() + ": " + keys(first));
            }
            if (!tags(other).equals(tags(first))) {
                throw new ContentException(other.file, "the tips " + tags(other) + " must be the same as in "
                        + first.file.getFileName() + ": " + tags(first));
            }
        }
    }

    private static List<String> keys(Parsed p) {
        return p.text.checklist().stream().map(RouteStep.ChecklistItem::key).toList();
    }

    private static List<RouteTag> tags(Parsed p) {
        return p.text.tips().stream().map(RouteStep.Tip::tag).toList();
    }

    private static void checkLinks(List<Parsed> parsed, Set<String> stepIds) {
        for (Parsed p : parsed) {
            for (String link : p.links) {
                if (!EXTERNAL.matcher(link).matches() && !resolves(link, stepIds)) {
                    throw new ContentException(p.file, "broken internal link '" + link + "'; link to a step as "
                            + "route/2, or to one of " + PORTAL_PAGES);
                }
            }
        }
    }

    private static boolean resolves(String link, Set<String> stepIds) {
        String path = link.replaceAll("[?#].*", "");
        return PORTAL_PAGES.contains(path)
                || path.startsWith(PortalRoutes.ROUTE + "/") && stepIds.contains(path.substring(6));
    }

    private static Set<String> portalPages() {
        Set<String> pages = new HashSet<>(ContentService.REQUIRED_PAGES);
        PortalRoutes.MAIN_NAVIGATION.forEach(item -> pages.add(item.path()));
        pages.remove(PortalRoutes.HOME);
        return Set.copyOf(pages);
    }

    private static List<RouteStep> toSteps(List<Parsed> parsed) {
        Map<String, List<Parsed>> byId = new LinkedHashMap<>();
        parsed.stream().sorted(Comparator.comparingInt(Parsed::order))
                .forEach(p -> byId.computeIfAbsent(p.id, k -> new ArrayList<>()).add(p));
        Map<Integer, String> orders = new HashMap<>();
        List<RouteStep> steps = new ArrayList<>();
        byId.forEach((id, languages) -> {
            Parsed first = languages.getFirst();
            String other = orders.putIfAbsent(first.order, id);
            if (other != null) {
                throw new ContentException(first.file, "'order' " + first.order + " is also used by step " + other);
            }
            Map<String, RouteStep.Text> texts = new HashMap<>();
            languages.forEach(p -> texts.put(p.language, p.text));
            steps.add(new RouteStep(id, first.order, first.appliesTo, texts));
        });
        return List.copyOf(steps);
    }

    private record Parsed(Path file, String id, String language, int order, Set<RouteTag> appliesTo,
                          RouteStep.Text text, List<String> links) {
    }
}
