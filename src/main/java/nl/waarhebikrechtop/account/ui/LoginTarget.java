package nl.waarhebikrechtop.account.ui;

import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import nl.waarhebikrechtop.shared.ui.PortalRoutes;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;

import java.net.URI;

/**
 * Where to go after logging in: the staff page that sent the user to the login page, or the start page. A page
 * opened inside the app is remembered by Vaadin's navigation access control; a page opened by its address (a
 * bookmark) by Spring Security's request cache.
 */
final class LoginTarget {

    private static final RequestCache REQUEST_CACHE = new HttpSessionRequestCache();

    private LoginTarget() {
    }

    /** Read before logging in: the session gets a new id on login. */
    static String remembered() {
        Object stored = VaadinSession.getCurrent().getSession()
                .getAttribute(NavigationAccessControl.SESSION_STORED_REDIRECT);
        if (stored instanceof String path) {
            return relative(path);
        }
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        VaadinServletResponse response = VaadinServletResponse.getCurrent();
        if (request != null && response != null) {
            SavedRequest saved = REQUEST_CACHE.getRequest(request.getHttpServletRequest(),
                    response.getHttpServletResponse());
            if (saved != null) {
                String path = URI.create(saved.getRedirectUrl()).getPath();
                return relative(path.substring(Math.min(path.length(), request.getContextPath().length())));
            }
        }
        return PortalRoutes.HOME;
    }

    private static String relative(String path) {
        String relative = path.startsWith("/") ? path.substring(1) : path;
        // Never back to the login page itself, nor anywhere outside the portal.
        return relative.startsWith(LoginView.PATH) || relative.contains("//") ? PortalRoutes.HOME : relative;
    }
}
