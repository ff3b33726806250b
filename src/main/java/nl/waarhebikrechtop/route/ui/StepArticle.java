package nl.waarhebikrechtop.route.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import nl.waarhebikrechtop.route.PersonalisedStep;
import nl.waarhebikrechtop.route.RouteProfile;
import nl.waarhebikrechtop.route.RouteService;
import nl.waarhebikrechtop.route.RouteStep;
import nl.waarhebikrechtop.route.RouteTag;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * The body of a step under its h1: the six parts as h2 sections, and the tips for particular situations. Tips that
 * apply to the resident are shown open and marked; the others are collapsed.
 */
class StepArticle extends Div {

    private final RouteService route;
    private final @Nullable RouteProfile profile;

    StepArticle(RouteService route, PersonalisedStep step, @Nullable RouteProfile profile) {
        this.route = route;
        this.profile = profile;
        addClassName("route-article");
        Div parts = new Div();
        parts.addClassName("prose");
        step.text().parts().forEach(part -> parts.add(part(part)));
        boolean tipsFirst = !step.tipsForYou().isEmpty();
        if (tipsFirst) {
            add(tips(step));
        }
        if (step.relevance() == PersonalisedStep.Relevance.NOT_FOR_YOU) {
            NativeDetails collapsed = new NativeDetails(getTranslation("route.step.notForYou.open"), parts);
            collapsed.addClassName("route-collapsed");
            add(collapsed);
        } else {
            add(parts);
        }
        if (!tipsFirst && !step.otherTips().isEmpty()) {
            add(tips(step));
        }
    }

    private Section part(RouteStep.Part part) {
        Section section = new Section(new H2(part.heading()));
        section.addClassName("route-part");
        section.addClassName("route-part-" + part.type().key());
        addHtml(section, part.html());
        if (!part.checklist().isEmpty()) {
            section.add(new ChecklistBox(part.checklist()), new ChecklistActions(route));
        }
        addHtml(section, part.htmlAfter());
        return section;
    }

    private Section tips(PersonalisedStep step) {
        Section section = new Section(new H2(step.text().heading()));
        section.addClassName("route-tips");
        section.addClassName("prose");
        for (RouteStep.Tip tip : step.tipsForYou()) {
            Span badge = new Span(getTranslation("route.tips.forYou"));
            badge.addClassName("route-badge");
            Div box = new Div(badge, new H3(tip.heading()));
            box.addClassName("route-tip");
            box.addClassName("route-for-you");
            addHtml(box, tip.html());
            costSharing(tip).ifPresent(box::add);
            section.add(box);
        }
        if (!step.tipsForYou().isEmpty() && !step.otherTips().isEmpty()) {
            Paragraph others = new Paragraph(getTranslation("route.tips.others"));
            others.addClassName("route-tips-others");
            section.add(others);
        }
        for (RouteStep.Tip tip : step.otherTips()) {
            Div body = new Div();
            addHtml(body, tip.html());
            NativeDetails details = new NativeDetails(tip.heading(), body);
            details.addClassName("route-tip");
            section.add(details);
        }
        return section;
    }

    /** The resident's own kostendelersnorm figures, when the check worked them out. */
    private Optional<Component> costSharing(RouteStep.Tip tip) {
        if (tip.tag() != RouteTag.HOUSEMATES || profile == null || profile.costSharing() == null) {
            return Optional.empty();
        }
        RouteProfile.CostSharing figures = profile.costSharing();
        Locale locale = getLocale();
        NumberFormat percent = NumberFormat.getNumberInstance(locale);
        percent.setMaximumFractionDigits(2);
        String text = getTranslation("route.costSharing.figures", figures.peopleSharing(),
                percent.format(figures.percentageOfCoupleNorm()));
        if (figures.monthlyNorm() != null) {
            text += " " + getTranslation("route.costSharing.amount", euros(figures.monthlyNorm(), locale));
        }
        Paragraph p = new Paragraph(text);
        p.addClassName("route-own-figures");
        return Optional.of(p);
    }

    static String euros(BigDecimal amount, Locale locale) {
        NumberFormat format = NumberFormat.getCurrencyInstance(Locale.of(locale.getLanguage(), "NL"));
        return format.format(amount.setScale(2, RoundingMode.HALF_UP));
    }

    private static void addHtml(com.vaadin.flow.component.HasComponents target, String html) {
        if (!html.isBlank()) {
            target.add(new Html("<div>" + html + "</div>"));
        }
    }
}
