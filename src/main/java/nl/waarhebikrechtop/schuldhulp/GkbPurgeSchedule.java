package nl.waarhebikrechtop.schuldhulp;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import nl.waarhebikrechtop.shared.DutchTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every night, on one node at a time (ShedLock), deletes the referrals older than
 * {@link GkbReferralService#RETENTION}. A class of its own because ShedLock cannot lock a method that returns a
 * primitive, such as {@link GkbReferralService#purgeOld()}.
 */
@Component
class GkbPurgeSchedule {

    private static final Logger LOG = LoggerFactory.getLogger(GkbPurgeSchedule.class);

    private final GkbReferralService referrals;

    GkbPurgeSchedule(GkbReferralService referrals) {
        this.referrals = referrals;
    }

    @Scheduled(cron = "${portal.gkb.purge-cron:0 30 3 * * *}", zone = DutchTime.ZONE_ID)
    @SchedulerLock(name = "gkb-purge", lockAtMostFor = "PT30M")
    void purgeOldReferrals() {
        int deleted = referrals.purgeOld();
        if (deleted > 0) {
            LOG.info("Deleted {} GKB referrals older than {}", deleted, GkbReferralService.RETENTION);
        }
    }
}
