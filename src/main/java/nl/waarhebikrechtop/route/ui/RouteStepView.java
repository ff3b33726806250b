package nl.waarhebikrechtop.route.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.waarhebikrechtop.route.PersonalisedStep;
import nl.waarhebikrechtop.route.RouteProfile;
import nl.waarhebikrechtop.route.RouteProfileHolder;
import nl.waarhebikrechtop.route.RouteService;
import nl.waarhebikrechtop.route.RouteStep;
import nl.waarhebikrechtop.shared.ui.MainLayout;
import nl.waarhebikrechtop.shared.ui.PageHeading;
import nl.waarhebikrechtop.shared.ui.PortalRoutes;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;

/** One step of the client route at {@code /route/<step id>}, e.g. {@code /route/3} or {@code /route/6.2}. */
@Route(value = PortalRoutes.ROUTE + "/:step", layout = MainLayout.class)
@AnonymousAllowed
@StyleSheet("styles/route.css")
class RouteStepView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final RouteService route;
    private String title = "";

    RouteStepView(RouteService route) {
        this.route = route;
        addClassName("route-step");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("step").orElse("");
        RouteStep step = route.step(id).orElseThrow(NotFoundException::new);
        RouteProfile profile = RouteProfileHolder.get(VaadinSession.getCurrent()).orElse(null);
        PersonalisedStep personal = route.personalise(step, getLocale(), profile);
        title = getTranslation("route.step.pageTitle", step.id(), personal.text().title());
        removeAll();
        Stepper stepper = new Stepper(route.steps(), step,
                s -> route.personalise(s, getLocale(), profile).relevance(), getLocale());
        PageHeading heading = new PageHeading(personal.text().title());
        HeadingFocus.afterInAppNavigation(event, heading);
        Div content = new Div(position(step), heading, lead(personal));
        content.addClassName("route-step-content");
        relevanceNotice(personal.relevance()).ifPresent(content::add);
        content.add(new StepArticle(route, personal, profile), reviewed(personal.text()), pager(step));
        add(stepper, content);
    }

    private Paragraph position(RouteStep step) {
        Paragraph position = new Paragraph(getTranslation("route.step.position", route.position(step),
                route.steps().size()));
        position.addClassName("route-position");
        return position;
    }

    private Paragraph lead(PersonalisedStep step) {
        Paragraph lead = new Paragraph(step.text().summary());
        lead.addClassName("lead");
        return lead;
    }

    private Optional<Paragraph> relevanceNotice(PersonalisedStep.Relevance relevance) {
        String key = switch (relevance) {
            case FOR_YOU -> "route.step.forYou.notice";
            case NOT_FOR_YOU -> "route.step.notForYou.notice";
            case GENERAL -> null;
        };
        if (key == null) {
            return Optional.empty();
        }
        Paragraph notice = new Paragraph(getTranslation(key));
        notice.addClassName("notice");
        notice.addClassName("route-relevance");
        return Optional.of(notice);
    }

    private Paragraph reviewed(RouteStep.Text text) {
        Paragraph reviewed = new Paragraph(getTranslation("page.reviewed", text.reviewed()
                .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale()))));
        reviewed.addClassName("small");
        return reviewed;
    }

    private Nav pager(RouteStep step) {
        Nav pager = new Nav();
        pager.addClassName("route-pager");
        pager.getElement().setAttribute("aria-label", getTranslation("route.pager.label"));
        route.previous(step).ifPresent(previous -> pager.add(pagerLink(previous, "route.pager.previous",
                "route-previous")));
        Anchor overview = PortalRoutes.link(PortalRoutes.ROUTE, getTranslation("route.pager.overview"));
        overview.addClassName("route-overview-link");
        pager.add(overview);
        route.next(step).ifPresent(next -> pager.add(pagerLink(next, "route.pager.next", "route-next")));
        return pager;
    }

    private Anchor pagerLink(RouteStep target, String key, String className) {
        Anchor link = RouteLinks.step(target, getTranslation(key, target.id(), target.text(getLocale()).title()));
        link.addClassName(className);
        return link;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
