package nl.waarhebikrechtop.aanvraag.ui;

import com.vaadin.flow.server.VaadinSession;
import nl.waarhebikrechtop.aanvraag.Application;
import nl.waarhebikrechtop.aanvraag.Scheme;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the resident typed on a form, kept in their own session after every change, so that a reload or a dropped
 * connection loses nothing. One small record per scheme; it goes to the database only when the resident saves.
 */
final class DraftsInSession {

    private DraftsInSession() {
    }

    /** The per-session store; a class of its own so that the session attribute has an unmistakable key. */
    static final class Drafts {
        private final Map<Scheme, Application> byScheme = new EnumMap<>(Scheme.class);
    }

    static Optional<Application> get(VaadinSession session, Scheme scheme) {
        Drafts drafts = session.getAttribute(Drafts.class);
        return drafts == null ? Optional.empty() : Optional.ofNullable(drafts.byScheme.get(scheme));
    }

    static void put(VaadinSession session, Application application) {
        Drafts drafts = session.getAttribute(Drafts.class);
        if (drafts == null) {
            drafts = new Drafts();
            session.setAttribute(Drafts.class, drafts);
        }
        drafts.byScheme.put(application.scheme(), application);
    }

    static void forget(VaadinSession session, Scheme scheme) {
        Drafts drafts = session.getAttribute(Drafts.class);
        if (drafts != null) {
            drafts.byScheme.remove(scheme);
        }
    }
}
