package nl.waarhebikrechtop.route;

import com.vaadin.flow.i18n.I18NProvider;
import nl.waarhebikrechtop.content.ContentService;
import nl.waarhebikrechtop.content.MarkdownRenderer;
import nl.waarhebikrechtop.shared.i18n.MessagesI18nProvider;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The client route for applying for bijstand: its steps read from {@code content/route/} at start-up (a broken
 * file stops the start, naming the file and the problem), personalised for a resident, and their checklist as PDF.
 */
@Service
public class RouteService {

    /** Every step exists in each of the portal's languages: "nl", "en". */
    public static final List<String> LANGUAGES =
            MessagesI18nProvider.LOCALES.stream().map(Locale::getLanguage).toList();

    private final List<RouteStep> steps;
    private final ChecklistPdf pdf;

    public RouteService(ContentService content, MarkdownRenderer markdown, I18NProvider i18n,
                        java.time.Clock clock) {
        this.steps = new RouteStepReader(markdown, content::fillIn)
                .readAll(content.directory().resolve("route"));
        this.pdf = new ChecklistPdf(i18n, clock);
    }

    /** All steps in walkthrough order. */
    public List<RouteStep> steps() {
        return steps;
    }

    public Optional<RouteStep> step(String id) {
        return steps.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    public Optional<RouteStep> previous(RouteStep step) {
        int index = steps.indexOf(step);
        return index > 0 ? Optional.of(steps.get(index - 1)) : Optional.empty();
    }

    public Optional<RouteStep> next(RouteStep step) {
        int index = steps.indexOf(step);
        return index >= 0 && index < steps.size() - 1 ? Optional.of(steps.get(index + 1)) : Optional.empty();
    }

    /** Position of the step, counting from 1, for "step 3 of 11". */
    public int position(RouteStep step) {
        return steps.indexOf(step) + 1;
    }

    /**
     * The step as this resident should see it. Without a profile nothing is highlighted and every tip is collapsed.
     */
    public PersonalisedStep personalise(RouteStep step, Locale locale, @Nullable RouteProfile profile) {
        RouteStep.Text text = step.text(locale);
        if (profile == null) {
            return new PersonalisedStep(step, text, PersonalisedStep.Relevance.GENERAL, List.of(), text.tips());
        }
        Set<RouteTag> tags = profile.tags();
        List<RouteStep.Tip> forYou = new ArrayList<>();
        List<RouteStep.Tip> others = new ArrayList<>();
        text.tips().forEach(tip -> (tags.contains(tip.tag()) ? forYou : others).add(tip));
        return new PersonalisedStep(step, text, relevance(step, tags), forYou, others);
    }

    private static PersonalisedStep.Relevance relevance(RouteStep step, Collection<RouteTag> tags) {
        if (step.appliesTo().isEmpty()) {
            return PersonalisedStep.Relevance.GENERAL;
        }
        return step.appliesTo().stream().anyMatch(tags::contains)
                ? PersonalisedStep.Relevance.FOR_YOU : PersonalisedStep.Relevance.NOT_FOR_YOU;
    }

    /** The steps this resident needs: all of them without a profile, otherwise all but those not meant for them. */
    public List<RouteStep> stepsFor(@Nullable RouteProfile profile) {
        if (profile == null) {
            return steps;
        }
        Set<RouteTag> tags = profile.tags();
        return steps.stream().filter(s -> relevance(s, tags) != PersonalisedStep.Relevance.NOT_FOR_YOU).toList();
    }

    /**
     * A printable PDF of what to bring for the steps this resident needs, with the items already ticked marked.
     *
     * @param ticked checklist item keys ({@link RouteStep.ChecklistItem#key()}) the resident has ticked
     */
    public byte[] checklistPdf(Locale locale, @Nullable RouteProfile profile, Set<String> ticked) {
        return pdf.render(locale, stepsFor(profile), ticked);
    }

    static String language(@Nullable Locale locale) {
        return MessagesI18nProvider.supported(locale).getLanguage();
    }
}
