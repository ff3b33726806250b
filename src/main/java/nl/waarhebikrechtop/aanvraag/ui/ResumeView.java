package nl.waarhebikrechtop.aanvraag.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.waarhebikrechtop.aanvraag.Application;
import nl.waarhebikrechtop.aanvraag.ApplicationService;
import nl.waarhebikrechtop.aanvraag.Submitted;
import nl.waarhebikrechtop.shared.ui.MainLayout;
import nl.waarhebikrechtop.shared.ui.PageHeading;
import nl.waarhebikrechtop.shared.ui.PortalRoutes;

import java.util.Optional;

/**
 * The personal resume link: a draft opens in the form, a submitted application shows its status. A wrong and an
 * expired link get exactly the same page.
 */
@Route(value = ApplyRoutes.RESUME, layout = MainLayout.class)
@AnonymousAllowed
class ResumeView extends Div implements HasDynamicTitle, BeforeEnterObserver {

    private final ApplicationService applications;
    private String title = "";

    ResumeView(ApplicationService applications) {
        this.applications = applications;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Optional<Application> found = applications.resume(event.getRouteParameters().get("token").orElse(""));
        if (found.isEmpty()) {
            title = getTranslation("apply.resume.title");
            add(new PageHeading(title), new Paragraph(getTranslation("apply.resume.invalid")),
                    PortalRoutes.link(PortalRoutes.APPLY, getTranslation("apply.resume.again")));
        } else if (found.get().isDraft()) {
            title = getTranslation("apply.form.title." + found.get().scheme().name());
            add(new PageHeading(title), new ApplicationForm(applications, found.get(), true, this::showSubmitted));
        } else {
            Application application = found.get();
            title = getTranslation("apply.status.title", application.reference());
            add(new PageHeading(title), new Paragraph(getTranslation("apply.status." + application.status().name())),
                    new Paragraph(getTranslation("apply.status.dates",
                            SubmittedPanel.date(applications.decideBy(application), getLocale()))));
        }
    }

    private void showSubmitted(Submitted submitted) {
        removeAll();
        title = getTranslation("apply.done.title");
        add(new SubmittedPanel(submitted));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
