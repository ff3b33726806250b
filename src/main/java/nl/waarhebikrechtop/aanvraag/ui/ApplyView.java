package nl.waarhebikrechtop.aanvraag.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.waarhebikrechtop.aanvraag.Scheme;
import nl.waarhebikrechtop.check.CheckSession;
import nl.waarhebikrechtop.shared.ui.MainLayout;
import nl.waarhebikrechtop.shared.ui.PageHeading;
import nl.waarhebikrechtop.shared.ui.PortalRoutes;


/** Where an application starts: pick the scheme; the check's answers are used when there are any. */
@Route(value = PortalRoutes.APPLY, layout = MainLayout.class)
@AnonymousAllowed
class ApplyView extends Div implements HasDynamicTitle, BeforeEnterObserver {

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new PageHeading(getTranslation("apply.title")), new Paragraph(getTranslation("apply.intro")));
        if (CheckSession.completedSituation(VaadinSession.getCurrent()).isPresent()) {
            add(new Paragraph(getTranslation("apply.fromCheck")));
        } else {
            Paragraph noCheck = new Paragraph(getTranslation("apply.noCheck") + " ");
            noCheck.add(PortalRoutes.link(PortalRoutes.CHECK, getTranslation("apply.doCheck")));
            add(noCheck);
        }
        for (Scheme scheme : Scheme.values()) {
            String key = "apply.start." + scheme.slug();
            Section card = new Section(new H2(getTranslation(key + ".title")),
                    new Paragraph(getTranslation(key + ".text")),
                    PortalRoutes.link(ApplyRoutes.start(scheme), getTranslation("apply.form.title." + scheme.name())));
            card.addClassName("apply-start");
            add(card);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("apply.pageTitle");
    }

}
