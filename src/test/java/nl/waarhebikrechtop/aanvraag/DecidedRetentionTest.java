package nl.waarhebikrechtop.aanvraag;

import nl.waarhebikrechtop.TestClock;
import nl.waarhebikrechtop.aanvraag.internal.ApplicationStore;
import nl.waarhebikrechtop.account.AuditEntry;
import nl.waarhebikrechtop.account.AuditLog;
import nl.waarhebikrechtop.content.ContentService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Instant;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Granted and refused applications are deleted 7 years (the period configured here) after the decision; nothing
 * else is. Own H2 database, so that the ShedLock table is not shared with other test contexts.
 */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:decided-retention;DB_CLOSE_DELAY=-1",
        "portal.aanvraag.decided-retention=P7Y"})
@Import(TestClock.Config.class)
@ExtendWith(OutputCaptureExtension.class)
class DecidedRetentionTest {

    /** Monday 2 March 2026, 10:00 in Assen. */
    private static final Instant DECIDED = Instant.parse("2026-03-02T09:00:00Z");
    /** Seven calendar years later, in the clock's zone. */
    private static final Instant SEVEN_YEARS_LATER = Instant.parse("2033-03-02T09:00:00Z");

    @Autowired DecidedRetention retention;
    @Autowired DecidedRetentionSchedule schedule;
    @Autowired ApplicationService applications;
    @Autowired Casework casework;
    @Autowired ApplicationDocuments documents;
    @Autowired ApplicationStore store;
    @Autowired AuditLog audit;
    @Autowired ContentService content;
    @Autowired JdbcClient jdbc;
    @Autowired TestClock clock;

    @BeforeEach
    void startWithoutApplications() {
        clock.set(DECIDED);
        jdbc.sql("DELETE FROM application").update();
    }

    @Test
    void granted_and_refused_applications_are_deleted_with_their_choices_and_links_once_the_period_has_passed() {
        Application granted = submitted();
        casework.grant(granted.id(), "", "caseworker");
        Application refused = submitted();
        casework.askForInformation(refused.id(), "Uw loonstrook, graag.", "caseworker");
        documents.attach(store.find(refused.id()).orElseThrow(), "loon.pdf", TestFiles.pdf());
        casework.refuse(refused.id(), "Inkomen te hoog", "caseworker");
        assertThat(rows("application_document", refused.id())).isOne();
        assertThat(rows("application_message", refused.id())).isOne();
        assertThat(rows("application_choice", granted.id())).isPositive();
        assertThat(rows("resume_token", granted.id())).isPositive();
        assertThat(rows("resume_token", refused.id())).isPositive();

        clock.set(SEVEN_YEARS_LATER.plusSeconds(1));

        assertThat(retention.deleteExpired()).isEqualTo(2);
        assertThat(store.find(granted.id())).isEmpty();
        assertThat(store.find(refused.id())).isEmpty();
        for (UUID id : List.of(granted.id(), refused.id())) {
            assertThat(rows("application_choice", id)).as("choices of " + id).isZero();
            assertThat(rows("resume_token", id)).as("resume links of " + id).isZero();
            assertThat(rows("application_document", id)).as("files of " + id).isZero();
            assertThat(rows("application_message", id)).as("questions and answers of " + id).isZero();
        }
        assertThat(retention.deleteExpired()).as("nothing left to delete").isZero();
    }

    @Test
    void a_decision_younger_than_the_period_is_kept_until_the_period_has_passed() {
        Application granted = submitted();
        casework.grant(granted.id(), "", "caseworker");

        clock.set(SEVEN_YEARS_LATER.minusSeconds(60));
        assertThat(retention.deleteExpired()).isZero();
        assertThat(store.find(granted.id())).isPresent();

        clock.set(SEVEN_YEARS_LATER.plusSeconds(60));
        assertThat(retention.deleteExpired()).isEqualTo(1);
        assertThat(store.find(granted.id())).isEmpty();
    }

    @Test
    void applications_waiting_for_a_decision_are_never_deleted_however_old() {
        Application waiting = submitted();
        Application askedForInformation = submitted();
        casework.askForInformation(askedForInformation.id(), "Stuur uw loonstrook", "caseworker");

        clock.set(Instant.parse("2066-03-02T09:00:00Z"));

        assertThat(retention.deleteExpired()).isZero();
        assertThat(store.find(waiting.id())).get().extracting(Application::status)
                .isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(store.find(askedForInformation.id())).get().extracting(Application::status)
                .isEqualTo(ApplicationStatus.INFO_REQUESTED);
    }

    @Test
    void each_deletion_is_in_the_audit_log_with_the_reference_and_no_personal_data() {
        Application refused = submitted();
        casework.refuse(refused.id(), "Inkomen te hoog", "caseworker");
        clock.set(SEVEN_YEARS_LATER.plusSeconds(1));

        retention.deleteExpired();

        List<AuditEntry> trail = audit.forSubject("application:" + refused.reference());
        assertThat(trail).last().satisfies(entry -> {
            assertThat(entry.actor()).isEqualTo("system");
            assertThat(entry.action()).isEqualTo("application.deleted");
            assertThat(entry.occurredAt()).isEqualTo(SEVEN_YEARS_LATER.plusSeconds(1));
            assertThat(entry.details()).isEqualTo("retention period P7Y after the decision of 2026-03-02 has passed")
                    .doesNotContain("Sanne", "sanne@example.nl", "Kerkstraat", "Inkomen te hoog");
        });
    }

    @Test
    void without_a_configured_period_nothing_is_deleted_and_the_start_warns_once(CapturedOutput output) {
        Application granted = submitted();
        casework.grant(granted.id(), "", "caseworker");
        clock.set(Instant.parse("2066-03-02T09:00:00Z"));

        DecidedRetention unset = new DecidedRetention(new RetentionSettings(null), store, audit, clock);

        assertThat(unset.period()).isEmpty();
        assertThat(unset.deleteExpired()).isZero();
        assertThat(store.find(granted.id())).isPresent();
        assertThat(output.getOut().lines().filter(line -> line.contains("WARN")
                && line.contains("retention period for decided applications is not configured"))).hasSize(1);
    }

    @Test
    void the_nightly_job_deletes_under_its_own_shedlock_lock() {
        Application granted = submitted();
        casework.grant(granted.id(), "", "caseworker");
        clock.set(SEVEN_YEARS_LATER.plusSeconds(1));

        schedule.deleteExpiredDecidedApplications();

        assertThat(store.find(granted.id())).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM shedlock WHERE name = 'aanvraag-decided-purge'")
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void the_privacy_page_names_the_configured_period() {
        assertThat(retention.period()).contains(Period.ofYears(7));
        assertThat(content.page("privacy", Locale.of("nl")).orElseThrow().html())
                .contains("<td>7 jaar na het besluit.</td>");
        assertThat(content.page("privacy", Locale.ENGLISH).orElseThrow().html())
                .contains("<td>7 years after the decision.</td>");
    }

    private Application submitted() {
        Application filled = TestApplications.kindpakketDraft(applications);
        applications.submit(filled, true);
        return store.find(filled.id()).orElseThrow();
    }

    private long rows(String table, UUID applicationId) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE application_id = ?").param(applicationId)
                .query(Long.class).single();
    }
}
