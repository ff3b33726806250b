package nl.waarhebikrechtop.aanvraag;

import nl.waarhebikrechtop.aanvraag.internal.ApplicationStore;
import nl.waarhebikrechtop.account.AuditLog;
import nl.waarhebikrechtop.shared.DutchTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.util.Optional;

/**
 * Deletes granted and refused applications once {@code portal.aanvraag.decided-retention} has passed since the
 * decision, with their choices, resume links and documents (the foreign keys cascade). Applications still waiting
 * for a decision are never touched. Each deletion leaves a line in the audit log with the reference only, so there
 * is a trace that and when it was destroyed. Without a configured period nothing is deleted.
 */
@Service
public class DecidedRetention {

    /** The audit log's actor for what the portal does by itself. */
    public static final String ACTOR = "system";
    public static final String AUDIT_ACTION = "application.deleted";

    private static final Logger LOG = LoggerFactory.getLogger(DecidedRetention.class);

    private final RetentionSettings settings;
    private final ApplicationStore store;
    private final AuditLog audit;
    private final Clock clock;

    DecidedRetention(RetentionSettings settings, ApplicationStore store, AuditLog audit, Clock clock) {
        this.settings = settings;
        this.store = store;
        this.audit = audit;
        this.clock = clock;
        settings.decided().ifPresentOrElse(
                period -> LOG.info("Granted and refused applications are deleted {} after the decision", period),
                () -> LOG.warn("The retention period for decided applications is not configured "
                        + "(portal.aanvraag.decided-retention / PORTAL_DECIDED_RETENTION): granted and refused "
                        + "applications are kept and nothing is deleted automatically. Set it from the "
                        + "municipality's archive rules (Selectielijst gemeenten), e.g. P7Y."));
    }

    /** How long a granted or refused application is kept after the decision; empty when not configured. */
    public Optional<Period> period() {
        return settings.decided();
    }

    /**
     * Deletes the granted and refused applications whose decision lies longer ago than the period, and writes
     * each deletion to the audit log.
     *
     * @return how many were deleted; 0 when no period is configured
     */
    @Transactional
    public int deleteExpired() {
        Optional<Period> period = settings.decided();
        if (period.isEmpty()) {
            return 0;
        }
        Instant cutoff = DutchTime.now(clock).minus(period.get()).toInstant();
        int deleted = 0;
        for (ApplicationStore.Decided decided : store.decidedBefore(cutoff)) {
            if (store.deleteDecided(decided.id(), cutoff)) {
                audit.record(ACTOR, AUDIT_ACTION, "application:" + decided.reference(), "retention period "
                        + period.get() + " after the decision of "
                        + DutchTime.dateOf(decided.decidedAt()) + " has passed");
                deleted++;
            }
        }
        return deleted;
    }
}
