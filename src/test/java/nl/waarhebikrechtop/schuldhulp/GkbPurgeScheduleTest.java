package nl.waarhebikrechtop.schuldhulp;

import nl.waarhebikrechtop.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The nightly purge runs under its ShedLock lock and deletes only referrals past the retention period. Its own
 * in-memory database: the lock row and the referrals are committed.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:gkb-purge;DB_CLOSE_DELAY=-1")
@Import(TestClock.Config.class)
class GkbPurgeScheduleTest {

    @Autowired GkbPurgeSchedule schedule;
    @Autowired GkbReferralService referrals;
    @Autowired TestClock clock;
    @Autowired JdbcClient jdbc;

    @Test
    void the_nightly_purge_takes_its_lock_and_deletes_referrals_older_than_the_retention() {
        clock.set(Instant.parse("2026-03-02T09:00:00Z"));
        referrals.refer("Jan de Vries", "0612345678", GkbReferral.PreferredTime.ANY, true);
        clock.advance(Duration.ofDays(1));
        GkbReferral recent = referrals.refer("Piet Jansen", "0612345679", GkbReferral.PreferredTime.ANY, true);
        clock.advance(GkbReferralService.RETENTION);

        schedule.purgeOldReferrals();

        assertThat(referrals.list("test")).containsExactly(recent);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM shedlock WHERE name = 'gkb-purge'").query(Long.class).single())
                .as("the lock was taken").isOne();
    }
}
