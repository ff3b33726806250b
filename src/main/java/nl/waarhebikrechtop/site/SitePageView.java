package nl.waarhebikrechtop.site;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.waarhebikrechtop.content.ContentService;
import nl.waarhebikrechtop.content.SitePage;
import nl.waarhebikrechtop.shared.ui.MainLayout;
import nl.waarhebikrechtop.shared.ui.PageHeading;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Privacy, accessibility statement and contact: texts that editors keep in {@code content/pages/}. */
@Route(value = ":slug(privacy|toegankelijkheid|contact)", layout = MainLayout.class)
@AnonymousAllowed
class SitePageView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ContentService content;
    private String title = "";

    SitePageView(ContentService content) {
        this.content = content;
        addClassName("site-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get("slug").orElseThrow(NotFoundException::new);
        SitePage page = content.page(slug, getLocale()).orElseThrow(NotFoundException::new);
        title = page.title();
        removeAll();
        add(new PageHeading(page.title()));
        Div body = new Div();
        body.addClassName("prose");
        body.add(new Html("<div>" + page.html() + "</div>"));
        add(body);
        if (page.lastReviewed() != null) {
            Paragraph reviewed = new Paragraph(getTranslation("page.reviewed",
                    page.lastReviewed().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                            .withLocale(getLocale()))));
            reviewed.addClassName("small");
            add(reviewed);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", title);
    }
}
