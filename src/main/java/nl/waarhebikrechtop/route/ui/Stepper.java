package nl.waarhebikrechtop.route.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import nl.waarhebikrechtop.route.PersonalisedStep.Relevance;
import nl.waarhebikrechtop.route.RouteStep;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * All steps, with the current one marked for sighted users and for screen readers ({@code aria-current="step"}).
 * On narrow screens only the numbers show; the titles stay available to screen readers.
 */
class Stepper extends Nav {

    Stepper(List<RouteStep> steps, RouteStep current, Function<RouteStep, Relevance> relevance, Locale locale) {
        addClassName("route-stepper");
        getElement().setAttribute("aria-label", getTranslation("route.stepper.label"));
        OrderedList list = new OrderedList();
        for (RouteStep step : steps) {
            list.add(new ListItem(link(step, step.equals(current), relevance.apply(step), locale)));
        }
        add(list);
    }

    private Anchor link(RouteStep step, boolean current, Relevance relevance, Locale locale) {
        Span number = new Span(step.id());
        number.addClassName("route-stepper-number");
        Span title = new Span(step.text(locale).title());
        title.addClassName("route-stepper-title");
        Anchor link = RouteLinks.step(step, "");
        link.add(number, title);
        if (current) {
            link.getElement().setAttribute("aria-current", "step");
        }
        if (relevance == Relevance.FOR_YOU) {
            link.addClassName("route-for-you");
            Span note = new Span(" " + getTranslation("route.step.forYouSuffix"));
            note.addClassName("route-sr-only");
            link.add(note);
        } else if (relevance == Relevance.NOT_FOR_YOU) {
            link.addClassName("route-not-for-you");
        }
        return link;
    }
}
