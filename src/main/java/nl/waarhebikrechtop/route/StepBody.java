package nl.waarhebikrechtop.route;

import nl.waarhebikrechtop.content.ContentException;
import nl.waarhebikrechtop.content.MarkdownRenderer;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Link;
import org.commonmark.parser.Parser;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Markdown body of one step file, cut into its {@code ##} parts, checklist and {@code ###} tips, and rendered
 * to safe HTML. Problems name the file and line. The links it meets are collected for the reader to check.
 */
final class StepBody {

    private static final Pattern PART_HEADING = Pattern.compile("## +(.+?) *\\{#([a-z0-9-]+)} *");
    private static final Pattern TIP_HEADING = Pattern.compile("### +(.+?) *\\{#([a-z0-9-]+)} *");
    private static final Pattern CHECKLIST_ITEM = Pattern.compile("- \\[ ] +(.+?) *\\{#([a-z0-9-]+)} *");
    private static final Pattern MARKUP = Pattern.compile(".*(]\\(|\\*\\*|`|<).*");
    private static final Parser PARSER = Parser.builder().build();

    private final Path file;
    private final int firstLine;
    private final MarkdownRenderer markdown;
    private final Map<String, Section> sections = new LinkedHashMap<>();
    private final List<String> links = new ArrayList<>();

    /**
     * @param firstLine the line number of the body's first line in the file, for error messages
     * @param body      the Markdown after the front matter, placeholders already filled in
     */
    StepBody(Path file, int firstLine, String body, MarkdownRenderer markdown) {
        this.file = file;
        this.firstLine = firstLine;
        this.markdown = markdown;
        split(body.split("\n", -1));
    }

    private void split(String[] lines) {
        Section current = null;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.startsWith("# ")) {
                throw error(i, "the page has one title (front matter 'title'); start parts with ##");
            }
            if (line.startsWith("## ")) {
                Matcher m = PART_HEADING.matcher(line);
                if (!m.matches()) {
                    throw error(i, "a part heading needs its key, like '## Wat gebeurt er? {#what-happens}'");
                }
                String key = m.group(2);
                if (PartType.fromKey(key).isEmpty() && !PartType.SITUATIONS_KEY.equals(key)) {
                    throw error(i, "unknown part '" + key + "'; use one of " + Arrays.stream(PartType.values())
                            .map(PartType::key).toList() + " or " + PartType.SITUATIONS_KEY);
                }
                current = new Section(key, m.group(1), i, new ArrayList<>());
                if (sections.put(key, current) != null) {
                    throw error(i, "part '" + key + "' appears twice");
                }
            } else if (current == null) {
                if (!line.isBlank()) {
                    throw error(i, "text before the first part; start with '## ... {#what-happens}'");
                }
            } else {
                current.lines.add(line);
            }
        }
    }

    /** The six parts in their fixed order; a missing or empty part is an error. */
    List<RouteStep.Part> parts(String stepId) {
        Map<PartType, RouteStep.Part> parts = new EnumMap<>(PartType.class);
        for (PartType type : PartType.values()) {
            Section section = sections.get(type.key());
            if (section == null) {
                throw new ContentException(file, "missing part '" + type.key() + "' (a heading like '## ... {#"
                        + type.key() + "}')");
            }
            parts.put(type, part(stepId, type, section));
        }
        return List.copyOf(parts.values());
    }

    private RouteStep.Part part(String stepId, PartType type, Section section) {
        List<String> before = new ArrayList<>();
        List<String> after = new ArrayList<>();
        List<RouteStep.ChecklistItem> items = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < section.lines.size(); i++) {
            String line = section.lines.get(i);
            int lineIndex = section.line + 1 + i;
            if (!line.startsWith("- [")) {
                (items.isEmpty() ? before : after).add(line);
                continue;
            }
            Matcher m = CHECKLIST_ITEM.matcher(line);
            if (type != PartType.WHAT_TO_BRING) {
                throw error(lineIndex, "checklist items belong in the part '" + PartType.WHAT_TO_BRING.key() + "'");
            }
            if (!m.matches()) {
                throw error(lineIndex, "a checklist item looks like '- [ ] Uw paspoort of ID-kaart {#id-card}'");
            }
            if (!after.isEmpty()) {
                throw error(lineIndex, "keep the checklist items together, one per line");
            }
            if (MARKUP.matcher(m.group(1)).matches()) {
                throw error(lineIndex, "a checklist item is plain text: no links, bold or HTML");
            }
            if (!ids.add(m.group(2))) {
                throw error(lineIndex, "checklist item id '" + m.group(2) + "' is used twice");
            }
            items.add(new RouteStep.ChecklistItem(stepId + "/" + m.group(2), m.group(1)));
        }
        if (items.isEmpty() && before.stream().allMatch(String::isBlank) && after.stream().allMatch(String::isBlank)) {
            throw error(section.line, "part '" + type.key() + "' has no text");
        }
        return new RouteStep.Part(type, section.heading, render(before), items, render(after));
    }

    /** The heading of the optional tips section; empty when the step has no tips. */
    String tipsHeading() {
        Section situations = sections.get(PartType.SITUATIONS_KEY);
        return situations == null ? "" : situations.heading;
    }

    /** One tip per {@code ### Heading {#situation}} in the tips section. */
    List<RouteStep.Tip> tips() {
        Section situations = sections.get(PartType.SITUATIONS_KEY);
        if (situations == null) {
            return List.of();
        }
        List<RouteStep.Tip> tips = new ArrayList<>();
        Set<RouteTag> seen = EnumSet.noneOf(RouteTag.class);
        RouteTag tag = null;
        String heading = null;
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < situations.lines.size(); i++) {
            String line = situations.lines.get(i);
            int lineIndex = situations.line + 1 + i;
            if (line.startsWith("### ")) {
                Matcher m = TIP_HEADING.matcher(line);
                if (!m.matches()) {
                    throw error(lineIndex, "a tip heading needs its situation, like "
                            + "'### Bent u jonger dan 27? {#under27}'");
                }
                if (tag != null) {
                    tips.add(new RouteStep.Tip(tag, heading, render(lines)));
                }
                tag = RouteStepReader.tag(file, m.group(2));
                if (!seen.add(tag)) {
                    throw error(lineIndex, "a second tip for '" + tag.key() + "'");
                }
                heading = m.group(1);
                lines = new ArrayList<>();
            } else if (tag == null && !line.isBlank()) {
                throw error(lineIndex, "start each tip with a heading like '### Bent u jonger dan 27? {#under27}'");
            } else {
                lines.add(line);
            }
        }
        if (tag != null) {
            tips.add(new RouteStep.Tip(tag, heading, render(lines)));
        }
        return tips;
    }

    /** Every link destination met while rendering, for the reader to check. */
    List<String> links() {
        return List.copyOf(links);
    }

    private String render(List<String> lines) {
        String text = String.join("\n", lines).strip();
        PARSER.parse(text).accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                links.add(link.getDestination());
                visitChildren(link);
            }
        });
        return text.isEmpty() ? "" : markdown.toSafeHtml(text);
    }

    private ContentException error(int lineIndex, String problem) {
        return new ContentException(file, "line " + (firstLine + lineIndex) + ": " + problem);
    }

    private record Section(String key, String heading, int line, List<String> lines) {
    }
}
