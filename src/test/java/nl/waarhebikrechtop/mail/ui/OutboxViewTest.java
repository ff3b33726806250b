package nl.waarhebikrechtop.mail.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.textfield.EmailField;
import nl.waarhebikrechtop.KaribuTest;
import nl.waarhebikrechtop.account.Role;
import nl.waarhebikrechtop.account.SignIn;
import nl.waarhebikrechtop.mail.MailOutbox;
import nl.waarhebikrechtop.mail.OutgoingMail;
import nl.waarhebikrechtop.mail.internal.OutboxEntry;
import nl.waarhebikrechtop.shared.ui.PortalRoutes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class OutboxViewTest extends KaribuTest {

    @Autowired MailOutbox outbox;

    @Test
    void staff_read_a_waiting_mail_with_its_subject_and_text() {
        UUID id = outbox.enqueue(OutgoingMail.kept("check-overview", Locale.of("nl"), "inwoner@example.nl",
                Map.of("date", "2 maart 2026", "overview", "Kindpakket: waarschijnlijk wel", "checkUrl", "https://x")));
        SignIn.as("caseworker-view", Role.CASEWORKER);

        navigate(PortalRoutes.STAFF_MAIL);

        assertThat(_get(H1.class).getText()).isEqualTo("Mail van de website");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Mail van de website - Waar heb ik recht op?");
        _get(Paragraph.class, spec -> spec.withText(translate("outbox.smtp.off")));
        @SuppressWarnings("unchecked") Grid<OutboxEntry> grid = _get(Grid.class);
        assertThat(grid.getAriaLabel()).contains("Mails, de nieuwste eerst");
        int row = rowOf(grid, id);
        assertThat(_getFormatted(grid, row, "status")).isEqualTo("Wacht");
        assertThat(_getFormatted(grid, row, "to")).isEqualTo("inwoner@example.nl");
        assertThat(_getFormatted(grid, row, "attempts")).isEqualTo("0");

        grid.select(grid.getListDataView().getItem(row));

        _get(Paragraph.class, spec -> spec.withText("Onderwerp: Uw overzicht: waar heeft u misschien recht op?"));
        assertThat(_get(Pre.class).getText()).contains("Kindpakket: waarschijnlijk wel");
    }

    @Test
    void an_admin_queues_a_test_mail_and_a_wrong_address_is_explained() {
        SignIn.as("admin-view", Role.ADMIN);
        navigate(PortalRoutes.STAFF_MAIL);
        @SuppressWarnings("unchecked") Grid<OutboxEntry> grid = _get(Grid.class);
        int before = _size(grid);
        EmailField to = _get(EmailField.class, spec -> spec.withLabel("E-mailadres voor een testmail"));
        Button queue = _get(Button.class, spec -> spec.withText("Testmail klaarzetten"));

        _setValue(to, "geen adres");
        _click(queue);
        assertThat(to.isInvalid()).isTrue();
        assertThat(to.getErrorMessage()).isEqualTo("Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl.");
        assertThat(_size(grid)).isEqualTo(before);

        _setValue(to, "beheer@example.nl");
        _click(queue);
        assertThat(to.isInvalid()).isFalse();
        assertThat(_size(grid)).isEqualTo(before + 1);
        assertThat(_getFormatted(grid, 0, "template")).isEqualTo("test-mail");
        assertThat(_getFormatted(grid, 0, "to")).isEqualTo("beheer@example.nl");
    }

    @Test
    void residents_never_see_the_outbox() {
        navigate(PortalRoutes.STAFF_MAIL);

        assertThat(_find(Grid.class)).isEmpty();
        assertThat(_get(H1.class).getText()).isEqualTo("Inloggen voor medewerkers");
    }

    private static int rowOf(Grid<OutboxEntry> grid, UUID id) {
        for (int row = 0; row < _size(grid); row++) {
            if (grid.getListDataView().getItem(row).id().equals(id)) {
                return row;
            }
        }
        throw new AssertionError("mail " + id + " not in the grid");
    }
}
