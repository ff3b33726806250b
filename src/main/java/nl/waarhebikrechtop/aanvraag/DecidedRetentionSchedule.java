package nl.waarhebikrechtop.aanvraag;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import nl.waarhebikrechtop.shared.DutchTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every night, on one node at a time (ShedLock): granted and refused applications past their retention period
 * are deleted (see {@link DecidedRetention}). Does nothing while the period is not configured.
 */
@Component
class DecidedRetentionSchedule {

    private static final Logger LOG = LoggerFactory.getLogger(DecidedRetentionSchedule.class);

    private final DecidedRetention retention;

    DecidedRetentionSchedule(DecidedRetention retention) {
        this.retention = retention;
    }

    @Scheduled(cron = "${portal.aanvraag.decided-purge-cron:0 50 3 * * *}", zone = DutchTime.ZONE_ID)
    @SchedulerLock(name = "aanvraag-decided-purge", lockAtMostFor = "PT30M")
    void deleteExpiredDecidedApplications() {
        int deleted = retention.deleteExpired();
        if (deleted > 0) {
            LOG.info("Deleted {} granted or refused applications decided more than {} ago", deleted,
                    retention.period().orElseThrow());
        }
    }
}
