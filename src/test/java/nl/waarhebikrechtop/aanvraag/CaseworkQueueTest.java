package nl.waarhebikrechtop.aanvraag;

import nl.waarhebikrechtop.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The queue's filters in days, against a clock: "waiting longer than N weeks" and "overdue" (the 8-week decision
 * date has passed) counted in Dutch calendar days, whatever the hour of submission.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:casework-queue;DB_CLOSE_DELAY=-1")
@Import(TestClock.Config.class)
@Transactional
class CaseworkQueueTest {

    /** 15 April 2026, 10:00 in Assen. */
    private static final Instant TODAY = Instant.parse("2026-04-15T08:00:00Z");

    @Autowired ApplicationService applications;
    @Autowired Casework casework;
    @Autowired JdbcClient jdbc;
    @Autowired TestClock clock;

    @BeforeEach
    void emptyQueue() {
        jdbc.sql("DELETE FROM application").update();
    }

    /** Submits a Kindpakket application at that moment. */
    private String submittedAt(Instant at) {
        clock.set(at);
        String reference = applications.submit(TestApplications.kindpakketDraft(applications), true).reference();
        clock.set(TODAY);
        return reference;
    }

    private List<String> queue(QueueFilter filter) {
        return casework.queue(filter, 0, 50).stream().map(QueueEntry::reference).toList();
    }

    @Test
    void waiting_longer_than_two_weeks_means_submitted_more_than_fourteen_days_ago() {
        String fifteenDays = submittedAt(Instant.parse("2026-03-31T21:30:00Z")); // 31 March, 23:30 in Assen
        String fourteenDays = submittedAt(Instant.parse("2026-03-31T22:30:00Z")); // 1 April, 00:30 in Assen
        QueueFilter twoWeeks = new QueueFilter(null, null, 2, false);

        assertThat(queue(twoWeeks)).containsExactly(fifteenDays).doesNotContain(fourteenDays);
        assertThat(casework.queueSize(twoWeeks)).isOne();
        assertThat(queue(QueueFilter.ALL)).containsExactly(fifteenDays, fourteenDays);
    }

    @Test
    void overdue_means_the_decision_date_eight_weeks_after_submission_has_passed_and_no_decision_was_made() {
        String decideYesterday = submittedAt(TODAY.minus(Duration.ofDays(57)));
        String decideToday = submittedAt(TODAY.minus(Duration.ofDays(56)));
        String decided = submittedAt(TODAY.minus(Duration.ofDays(70)));
        casework.grant(jdbc.sql("SELECT id FROM application WHERE reference = ?").param(decided)
                .query(java.util.UUID.class).single(), "", "caseworker");
        QueueFilter overdue = new QueueFilter(null, null, null, true);

        assertThat(queue(overdue)).containsExactly(decideYesterday);
        List<QueueEntry> all = casework.queue(QueueFilter.ALL, 0, 50);
        assertThat(all).extracting(QueueEntry::reference).containsExactly(decided, decideYesterday, decideToday);
        assertThat(all).extracting(QueueEntry::daysLeft).containsExactly(-14L, -1L, 0L);
        assertThat(all).extracting(QueueEntry::overdue).containsExactly(false, true, false);
        assertThat(casework.queue(QueueFilter.ALL, 1, 1)).extracting(QueueEntry::reference)
                .containsExactly(decideYesterday);
    }
}
