package nl.waarhebikrechtop.route;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One step of the client route, in every language.
 *
 * @param id        the step's number as residents know it ("3", "6.2"); also its URL segment
 * @param order     position in the walkthrough
 * @param appliesTo situations the step is meant for; empty means everyone
 * @param texts     the step's text per language code ("nl", "en")
 */
public record RouteStep(String id, int order, Set<RouteTag> appliesTo, Map<String, Text> texts) {

    public RouteStep {
        appliesTo = Set.copyOf(appliesTo);
        texts = Map.copyOf(texts);
    }

    public Text text(Locale locale) {
        return texts.get(RouteService.language(locale));
    }

    /**
     * The step in one language, rendered to safe HTML.
     *
     * @param heading the section heading the step file gave its tips, e.g. "Voor uw situatie"
     */
    public record Text(String title, String summary, LocalDate reviewed, List<Part> parts, String heading,
                       List<Tip> tips) {

        public Text {
            parts = List.copyOf(parts);
            tips = List.copyOf(tips);
        }

        /** What to bring for this step; empty when there is nothing to bring. */
        public List<ChecklistItem> checklist() {
            return parts.stream().flatMap(p -> p.checklist().stream()).toList();
        }
    }

    /**
     * A part of a step. In "what to bring" the checklist sits between {@code html} and {@code htmlAfter}.
     *
     * @param html      sanitised HTML, headings from h3 down
     * @param htmlAfter sanitised HTML after the checklist; empty when there is none
     */
    public record Part(PartType type, String heading, String html, List<ChecklistItem> checklist,
                       String htmlAfter) {

        public Part {
            checklist = List.copyOf(checklist);
        }
    }

    /**
     * A checklist line.
     *
     * @param key  stable across languages and edits of the text: {@code <step id>/<item id>}
     * @param text plain text
     */
    public record ChecklistItem(String key, String text) {
    }

    /** A tip for one situation, shown highlighted when it applies and collapsed when it does not. */
    public record Tip(RouteTag tag, String heading, String html) {
    }
}
