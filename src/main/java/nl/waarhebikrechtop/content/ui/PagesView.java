package nl.waarhebikrechtop.content.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.waarhebikrechtop.content.PagePublishing;
import nl.waarhebikrechtop.shared.DutchTime;
import nl.waarhebikrechtop.shared.ui.MainLayout;
import nl.waarhebikrechtop.shared.ui.PageHeading;
import nl.waarhebikrechtop.shared.ui.PortalRoutes;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** The text pages staff keep: when each was published, and the change under way. */
@Route(value = PortalRoutes.STAFF_PAGES, layout = MainLayout.class)
@RolesAllowed({"EDITOR", "PUBLISHER"})
class PagesView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final PagePublishing pages;

    PagesView(PagePublishing pages) {
        this.pages = pages;
        addClassName("pages-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new PageHeading(getPageTitle()), new Paragraph(getTranslation("pages.intro")));
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale());
        for (PagePublishing.PageSummary page : pages.pages()) {
            Div card = new Div();
            card.addClassName("change-card");
            card.add(new H2(PortalRoutes.link(PortalRoutes.staffPage(page.slug()), page.inForce().nl().title())));
            card.add(new Paragraph(getTranslation("pages.publishedOn",
                    dates.format(DutchTime.dateOf(page.inForce().publishAt())), page.inForce().author())));
            if (page.underWay() != null) {
                card.add(new Paragraph(getTranslation("pages.underWay." + page.underWay().status().name(),
                        page.underWay().author())));
            }
            add(card);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("pages.title");
    }
}
