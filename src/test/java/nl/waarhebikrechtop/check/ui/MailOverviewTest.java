package nl.waarhebikrechtop.check.ui;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import nl.waarhebikrechtop.KaribuTest;
import nl.waarhebikrechtop.mail.ReceivedMail;
import nl.waarhebikrechtop.mail.internal.OutboxSender;
import nl.waarhebikrechtop.shared.ui.PortalRoutes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** "Mail mij dit overzicht" goes through the outbox to a real SMTP server, and the address is not kept. */
@TestPropertySource(properties = {"spring.datasource.url=jdbc:h2:mem:check-mail;DB_CLOSE_DELAY=-1",
        "spring.mail.host=localhost", "spring.mail.port=3025"})
class MailOverviewTest extends KaribuTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP)
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    @Autowired OutboxSender sender;
    @Autowired JdbcClient jdbc;

    private final CheckJourney check = new CheckJourney();

    @BeforeEach
    void emptyOutbox() {
        jdbc.sql("DELETE FROM mail_outbox").update();
    }

    private void finishCheck() {
        navigate(PortalRoutes.CHECK);
        check.singleParentWorkingInAssen().click("Bekijk de uitkomst");
    }

    @Test
    void the_overview_is_mailed_and_the_address_is_erased_after_sending() throws Exception {
        finishCheck();
        _setValue(_get(EmailField.class, s -> s.withLabel("Uw e-mailadres")), "inwoner@example.nl");
        check.click("Mail mij dit overzicht");
        _get(Paragraph.class, s -> s.withText("Het overzicht wordt naar inwoner@example.nl gestuurd. Het kan een paar minuten duren."));

        assertThat(sender.sendDue()).isEqualTo(1);

        ReceivedMail mail = ReceivedMail.of(smtp.getReceivedMessages()[0]);
        assertThat(mail.to()).isEqualTo("inwoner@example.nl");
        assertThat(mail.text()).contains("Hier heeft u waarschijnlijk recht op", "Bijstand", "Kindpakket",
                "Ongeveer € 169,06 per maand", "http://localhost:8080/check");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE recipient IS NOT NULL").query(Long.class).single())
                .as("no address kept after sending").isZero();
    }

    @Test
    void a_wrong_address_gets_a_message_next_to_the_field_and_nothing_is_queued() {
        finishCheck();
        EmailField address = _get(EmailField.class, s -> s.withLabel("Uw e-mailadres"));
        _setValue(address, "inwoner@");
        check.click("Mail mij dit overzicht");

        assertThat(address.isInvalid()).isTrue();
        assertThat(address.getErrorMessage()).startsWith("Dit is geen goed e-mailadres.");
        assertThat(address.getValue()).as("what was typed stays").isEqualTo("inwoner@");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM mail_outbox").query(Long.class).single()).isZero();
    }
}
