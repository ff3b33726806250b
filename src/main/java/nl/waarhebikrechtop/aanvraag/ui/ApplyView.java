package nl.waarhebikrechtop.aanvraag.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.waarhebikrechtop.shared.ui.ComingSoon;
import nl.waarhebikrechtop.shared.ui.MainLayout;
import nl.waarhebikrechtop.shared.ui.PortalRoutes;

/** Holds the place of a feature that is not built yet, and says so plainly. */
@Route(value = PortalRoutes.APPLY, layout = MainLayout.class)
@AnonymousAllowed
class ApplyView extends Div implements HasDynamicTitle {

    ApplyView() {
        add(new ComingSoon("apply.title", "apply.comingSoon"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("apply.pageTitle");
    }
}
