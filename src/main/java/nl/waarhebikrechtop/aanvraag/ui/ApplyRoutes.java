package nl.waarhebikrechtop.aanvraag.ui;

import nl.waarhebikrechtop.aanvraag.ApplicationService;
import nl.waarhebikrechtop.aanvraag.Scheme;
import nl.waarhebikrechtop.shared.ui.PortalRoutes;

/** The paths of the application views. */
final class ApplyRoutes {

    static final String FORM = PortalRoutes.APPLY + "/:scheme";
    static final String RESUME = ApplicationService.RESUME_PATH + ":token";

    private ApplyRoutes() {
    }

    static String start(Scheme scheme) {
        return PortalRoutes.APPLY + "/" + scheme.slug();
    }
}
