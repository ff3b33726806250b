package nl.waarhebikrechtop.mail.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import nl.waarhebikrechtop.shared.DutchTime;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the sender every {@code portal.mail.send-interval} (default 15 s) and the retention purge every night
 * ({@code portal.mail.purge-cron}), each on one node at a time (ShedLock).
 * {@code portal.mail.scheduler.enabled=false} switches it off (tests call the sender themselves).
 */
@Component
@ConditionalOnProperty(name = "portal.mail.scheduler.enabled", havingValue = "true", matchIfMissing = true)
class OutboxSchedule {

    private final OutboxSender sender;

    OutboxSchedule(OutboxSender sender) {
        this.sender = sender;
    }

    @Scheduled(fixedDelayString = "${portal.mail.send-interval:PT15S}",
            initialDelayString = "${portal.mail.send-interval:PT15S}")
    @SchedulerLock(name = "mail-outbox-sender", lockAtMostFor = "PT10M")
    void sendDueMails() {
        sender.sendDue();
    }

    @Scheduled(cron = "${portal.mail.purge-cron:0 30 3 * * *}", zone = DutchTime.ZONE_ID)
    @SchedulerLock(name = "mail-outbox-purge", lockAtMostFor = "PT30M")
    void purgeOldMails() {
        sender.purgeOld();
    }
}
