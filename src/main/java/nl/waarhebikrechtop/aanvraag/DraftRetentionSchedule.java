package nl.waarhebikrechtop.aanvraag;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import nl.waarhebikrechtop.shared.DutchTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * On one node at a time (ShedLock): every night drafts untouched for 23 days get a reminder mail and drafts untouched
 * for 30 days are deleted; every hour drafts that never got a resume link are deleted a day after their last change.
 */
@Component
class DraftRetentionSchedule {

    private static final Logger LOG = LoggerFactory.getLogger(DraftRetentionSchedule.class);

    private final ApplicationService applications;

    DraftRetentionSchedule(ApplicationService applications) {
        this.applications = applications;
    }

    /** Every hour: drafts nobody can open any more (no resume link, session long gone) are deleted after a day. */
    @Scheduled(cron = "${portal.aanvraag.unlinked-draft-purge-cron:0 15 * * * *}", zone = DutchTime.ZONE_ID)
    @SchedulerLock(name = "aanvraag-unlinked-draft-purge", lockAtMostFor = "PT10M")
    void deleteUnreachableDrafts() {
        int deleted = applications.deleteUnreachableDrafts();
        if (deleted > 0) {
            LOG.info("Deleted {} drafts without a resume link not changed for {}", deleted,
                    ApplicationService.UNLINKED_DRAFT_RETENTION);
        }
    }

    @Scheduled(cron = "${portal.aanvraag.draft-purge-cron:0 45 3 * * *}", zone = DutchTime.ZONE_ID)
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
