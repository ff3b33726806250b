package nl.waarhebikrechtop.route.ui;

import com.vaadin.flow.component.html.Anchor;
import nl.waarhebikrechtop.route.RouteStep;
import nl.waarhebikrechtop.shared.ui.PortalRoutes;

/** Paths of the walkthrough: {@code route} and {@code route/<step id>}. */
final class RouteLinks {

    private RouteLinks() {
    }

    static String path(RouteStep step) {
        return PortalRoutes.ROUTE + "/" + step.id();
    }

    static Anchor step(RouteStep step, String text) {
        return PortalRoutes.link(path(step), text);
    }
}
