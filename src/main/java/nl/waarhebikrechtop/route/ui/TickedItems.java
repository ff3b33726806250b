package nl.waarhebikrechtop.route.ui;

import com.vaadin.flow.server.VaadinSession;

import java.io.Serializable;
import java.util.HashSet;
import java.util.Set;

/**
 * The checklist items a resident has ticked, kept in the Vaadin session only: nothing is stored after the
 * session ends. Access happens under the session lock (UI code, or {@link #snapshot} with the lock taken).
 */
final class TickedItems implements Serializable {

    private final Set<String> keys = new HashSet<>();

    static TickedItems of(VaadinSession session) {
        TickedItems items = session.getAttribute(TickedItems.class);
        if (items == null) {
            items = new TickedItems();
            session.setAttribute(TickedItems.class, items);
        }
        return items;
    }

    boolean isTicked(String key) {
        return keys.contains(key);
    }

    void set(String key, boolean ticked) {
        if (ticked) {
            keys.add(key);
        } else {
            keys.remove(key);
        }
    }

    Set<String> snapshot() {
        return Set.copyOf(keys);
    }
}
