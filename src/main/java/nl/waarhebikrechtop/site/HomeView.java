package nl.waarhebikrechtop.site;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.waarhebikrechtop.shared.ui.MainLayout;
import nl.waarhebikrechtop.shared.ui.PageHeading;
import nl.waarhebikrechtop.shared.ui.PortalRoutes;

/** The start page: what the portal does, in plain words, and the check one click away. */
@Route(value = PortalRoutes.HOME, layout = MainLayout.class)
@AnonymousAllowed
class HomeView extends Div implements HasDynamicTitle {

    HomeView() {
        addClassName("home");
        add(intro(), schemes(), howItWorks(), help());
    }

    private Section intro() {
        Paragraph lead = new Paragraph(getTranslation("home.lead"));
        lead.addClassName("lead");
        var start = PortalRoutes.link(PortalRoutes.CHECK, getTranslation("home.startCheck"));
        start.addClassName("button-primary");
        Paragraph anonymous = new Paragraph(getTranslation("home.anonymous"));
        anonymous.addClassName("small");
        Section section = new Section(new PageHeading(getTranslation("home.title")), lead, start, anonymous);
        section.addClassName("hero");
        return section;
    }

    private Section schemes() {
        UnorderedList list = new UnorderedList();
        for (String key : new String[]{"bijstand", "kindpakket", "meedoen", "sport", "zorg", "schulden", "landelijk"}) {
            list.add(new ListItem(getTranslation("home.schemes." + key)));
        }
        return section("home.schemes.title", new Paragraph(getTranslation("home.schemes.intro")), list);
    }

    private Section howItWorks() {
        OrderedList steps = new OrderedList();
        for (int i = 1; i <= 3; i++) {
            steps.add(new ListItem(getTranslation("home.how.step" + i)));
        }
        return section("home.how.title", steps);
    }

    private Section help() {
        return section("home.help.title", new Paragraph(getTranslation("home.help.text")),
                PortalRoutes.link(PortalRoutes.ROUTE, getTranslation("home.help.route")));
    }

    private Section section(String titleKey, com.vaadin.flow.component.Component... content) {
        Section section = new Section(new H2(getTranslation(titleKey)));
        section.add(content);
        section.addClassName("home-section");
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.pageTitle");
    }
}
