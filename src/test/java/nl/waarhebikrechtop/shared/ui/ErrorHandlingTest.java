package nl.waarhebikrechtop.shared.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import nl.waarhebikrechtop.KaribuTest;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications;
import static org.assertj.core.api.Assertions.assertThat;

class ErrorHandlingTest extends KaribuTest {

    @Test
    void an_unexpected_error_shows_a_calm_message_with_a_reference_and_no_technical_detail() {
        navigate(PortalRoutes.HOME);
        VaadinSession.getCurrent().getErrorHandler()
                .error(new ErrorEvent(new IllegalStateException("database exploded at row 42")));

        var notifications = getNotifications();
        assertThat(notifications).hasSize(1);
        String text = notifications.getFirst().getElement().getProperty("text");
        assertThat(text).startsWith("Er ging iets mis aan onze kant. Wat u heeft ingevuld is niet verloren.")
                .matches("(?s).*noem de code [0-9A-F]{8}\\.$")
                .doesNotContain("database", "Exception");
    }

    @Test
    void the_session_uses_the_portal_error_handler() {
        assertThat(VaadinSession.getCurrent().getErrorHandler()).isNotInstanceOf(Button.class)
                .extracting(Object::getClass).asString().contains("ErrorHandling");
    }
}
