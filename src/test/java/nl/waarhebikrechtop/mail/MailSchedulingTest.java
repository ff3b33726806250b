package nl.waarhebikrechtop.mail;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scheduled sender on its own: it picks up a pending mail by itself, under a ShedLock lock. Own database (the
 * ShedLock table must not be shared with other cached test contexts).
 */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:mail-scheduling;DB_CLOSE_DELAY=-1",
        "spring.mail.host=localhost", "spring.mail.port=3025",
        "portal.mail.scheduler.enabled=true", "portal.mail.send-interval=PT0.2S"})
class MailSchedulingTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP)
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    @Autowired MailOutbox outbox;
    @Autowired JdbcClient jdbc;

    @Test
    void the_scheduled_sender_delivers_a_pending_mail_under_a_shedlock_lock() {
        outbox.enqueue(OutgoingMail.oneOff("test-mail", Locale.of("nl"), "staff@example.nl",
                Map.of("sender", "admin", "date", "vandaag")));

        assertThat(smtp.waitForIncomingEmail(10_000, 1)).as("delivered within 10 s").isTrue();
        assertThat(ReceivedMail.of(smtp.getReceivedMessages()[0]).subject())
                .isEqualTo("Testmail van Waar heb ik recht op");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM shedlock WHERE name = 'mail-outbox-sender'")
                .query(Integer.class).single()).isEqualTo(1);
    }
}
