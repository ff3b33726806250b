package nl.waarhebikrechtop.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.UUID;

/**
 * One place where unexpected errors in the UI end up: the details go to the log with a short reference, the
 * resident sees a calm message with that reference and nothing technical. What they typed stays on the page.
 */
@Component
class ErrorHandling implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> e.getSession().setErrorHandler(ErrorHandling::handle));
    }

    static void handle(ErrorEvent event) {
        String reference = reference();
        log.error("Unexpected error in the UI [ref {}]", reference, event.getThrowable());
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.access(() -> {
                Notification notification = new Notification(
                        ui.getTranslation("error.unexpected", reference), 10_000, Notification.Position.MIDDLE);
                notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
                notification.setAssertive(true);
                notification.open();
            });
        }
    }

    /** A short code a resident can read out on the phone and staff can find in the log. */
    static String reference() {
        return UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }
}
