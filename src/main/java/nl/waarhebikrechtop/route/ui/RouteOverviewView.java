package nl.waarhebikrechtop.route.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.waarhebikrechtop.route.PersonalisedStep.Relevance;
import nl.waarhebikrechtop.route.RouteProfile;
import nl.waarhebikrechtop.route.RouteProfileHolder;
import nl.waarhebikrechtop.route.RouteService;
import nl.waarhebikrechtop.route.RouteStep;
import nl.waarhebikrechtop.shared.ui.MainLayout;
import nl.waarhebikrechtop.shared.ui.PageHeading;
import nl.waarhebikrechtop.shared.ui.PortalRoutes;
import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.List;

/**
 * The client route at a glance ({@code /route}): every step with its summary, the ones that apply to the resident
 * marked, the others collapsed, and one checklist for the steps they need, to tick, print or download.
 */
@Route(value = PortalRoutes.ROUTE, layout = MainLayout.class)
@AnonymousAllowed
@StyleSheet("styles/route.css")
class RouteOverviewView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final RouteService route;

    RouteOverviewView(RouteService route) {
        this.route = route;
        addClassName("route-overview");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RouteProfile profile = RouteProfileHolder.get(VaadinSession.getCurrent()).orElse(null);
        removeAll();
        Paragraph lead = new Paragraph(getTranslation("route.intro"));
        lead.addClassName("lead");
        SituationPicker picker = new SituationPicker(profile, () -> getUI().ifPresent(ui -> ui.refreshCurrentRoute(false)));
        PageHeading heading = new PageHeading(getTranslation("route.title"));
        HeadingFocus.afterInAppNavigation(event, heading);
        add(heading, lead, profileNotice(profile, picker), steps(profile),
                checklist(profile));
    }

    private Div profileNotice(@Nullable RouteProfile profile, SituationPicker picker) {
        Div notice = new Div();
        notice.addClassName("route-profile-notice");
        if (profile != null) {
            notice.add(new Paragraph(getTranslation("route.profile.notice")));
        } else {
            notice.add(new Paragraph(getTranslation("route.profile.none")),
                    PortalRoutes.link(PortalRoutes.CHECK, getTranslation("route.profile.startCheck")));
        }
        notice.add(picker);
        return notice;
    }

    private Section steps(@Nullable RouteProfile profile) {
        OrderedList list = new OrderedList();
        list.addClassName("route-steps");
        List<ListItem> others = new ArrayList<>();
        for (RouteStep step : route.steps()) {
            Relevance relevance = route.personalise(step, getLocale(), profile).relevance();
            ListItem item = stepItem(step, relevance);
            if (relevance == Relevance.NOT_FOR_YOU) {
                others.add(item);
            } else {
                list.add(item);
            }
        }
        Section section = new Section(new H2(getTranslation("route.steps.title")), list);
        if (!others.isEmpty()) {
            OrderedList rest = new OrderedList();
            rest.addClassName("route-steps");
            others.forEach(rest::add);
            NativeDetails collapsed = new NativeDetails(getTranslation("route.overview.others"), rest);
            collapsed.addClassName("route-collapsed");
            section.add(collapsed);
        }
        return section;
    }

    private ListItem stepItem(RouteStep step, Relevance relevance) {
        RouteStep.Text text = step.text(getLocale());
        Anchor link = RouteLinks.step(step, getTranslation("route.step.label", step.id(), text.title()));
        link.addClassName("route-step-link");
        ListItem item = new ListItem(link);
        if (relevance == Relevance.FOR_YOU) {
            Span badge = new Span(getTranslation("route.tips.forYou"));
            badge.addClassName("route-badge");
            item.add(badge);
            item.addClassName("route-for-you");
        }
        item.add(new Paragraph(text.summary()));
        return item;
    }

    private Section checklist(@Nullable RouteProfile profile) {
        Section section = new Section(new H2(getTranslation("route.checklist.title")),
                new Paragraph(getTranslation("route.checklist.intro")));
        section.addClassName("route-checklist-section");
        for (RouteStep step : route.stepsFor(profile)) {
            RouteStep.Text text = step.text(getLocale());
            if (!text.checklist().isEmpty()) {
                section.add(new H3(getTranslation("route.step.label", step.id(), text.title())),
                        new ChecklistBox(text.checklist()));
            }
        }
        section.add(new ChecklistActions(route));
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("route.pageTitle");
    }
}
