package nl.waarhebikrechtop.aanvraag.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.waarhebikrechtop.aanvraag.Application;
import nl.waarhebikrechtop.aanvraag.ApplicationDocuments;
import nl.waarhebikrechtop.aanvraag.ApplicationService;
import nl.waarhebikrechtop.aanvraag.Scheme;
import nl.waarhebikrechtop.aanvraag.Submitted;
import nl.waarhebikrechtop.check.CheckSession;
import nl.waarhebikrechtop.eligibility.Situation;
import nl.waarhebikrechtop.shared.ui.MainLayout;
import nl.waarhebikrechtop.shared.ui.PageHeading;

import java.util.Optional;

/** A new application for one scheme, prefilled from the check when the resident did one. */
@Route(value = ApplyRoutes.FORM, layout = MainLayout.class)
@AnonymousAllowed
class ApplicationFormView extends Div implements HasDynamicTitle, BeforeEnterObserver {

    private final ApplicationService applications;
    private final ApplicationDocuments documents;
    private Scheme scheme = Scheme.KINDPAKKET;

    ApplicationFormView(ApplicationService applications, ApplicationDocuments documents) {
        this.applications = applications;
        this.documents = documents;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        scheme = event.getRouteParameters().get("scheme").flatMap(Scheme::ofSlug)
                .orElseThrow(NotFoundException::new);
        Optional<Application> typed = DraftsInSession.get(VaadinSession.getCurrent(), scheme);
        Optional<Situation> fromCheck = CheckSession.completedSituation(VaadinSession.getCurrent());
        Application draft = typed.orElseGet(() -> applications.newDraft(scheme,
                fromCheck.orElse(HouseholdFields.UNKNOWN_HOUSEHOLD), getLocale()));
        ApplicationForm form = new ApplicationForm(applications, documents, draft, typed.isPresent() || fromCheck.isPresent(),
                this::showSubmitted);
        form.onEdit(edited -> DraftsInSession.put(VaadinSession.getCurrent(), edited));
        removeAll();
        add(new PageHeading(getTranslation("apply.form.title." + scheme.name())), form);
    }

    private void showSubmitted(Submitted submitted) {
        DraftsInSession.forget(VaadinSession.getCurrent(), scheme);
        removeAll();
        add(new SubmittedPanel(submitted));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("apply.form.title." + scheme.name());
    }
}
