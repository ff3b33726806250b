package nl.waarhebikrechtop.route;

import com.vaadin.flow.server.VaadinSession;

import java.util.Optional;

/**
 * Keeps the resident's {@link RouteProfile} in the Vaadin session, so the check can set it and the walkthrough
 * reads it. Nothing is stored beyond the session.
 */
public final class RouteProfileHolder {

    private RouteProfileHolder() {
    }

    public static Optional<RouteProfile> get(VaadinSession session) {
        return Optional.ofNullable(session.getAttribute(RouteProfile.class));
    }

    public static void set(VaadinSession session, RouteProfile profile) {
        session.setAttribute(RouteProfile.class, profile);
    }

    public static void clear(VaadinSession session) {
        session.setAttribute(RouteProfile.class, null);
    }
}
