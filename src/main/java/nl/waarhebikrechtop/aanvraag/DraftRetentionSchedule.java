package nl.waarhebikrechtop.aanvraag;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every night, on one node at a time (ShedLock): drafts untouched for 23 days get a reminder mail, drafts untouched
 * for 30 days are deleted.
 */
@Component
class DraftRetentionSchedule {

    private static final Logger LOG = LoggerFactory.getLogger(DraftRetentionSchedule.class);

    private final ApplicationService applications;

    DraftRetentionSchedule(ApplicationService applications) {
        this.applications = applications;
    }

    @Scheduled(cron = "${portal.aanvraag.draft-purge-cron:0 45 3 * * *}")
    @SchedulerLock(name = "aanvraag-draft-purge", lockAtMostFor = "PT30M")
    void remindAndDeleteStaleDrafts() {
        int reminded = applications.remindStaleDrafts();
        if (reminded > 0) {
            LOG.info("Sent {} reminders for drafts that will be deleted in a week", reminded);
        }
        int deleted = applications.deleteStaleDrafts();
        if (deleted > 0) {
            LOG.info("Deleted {} drafts not changed for {}", deleted, ApplicationService.DRAFT_RETENTION);
        }
    }
}
