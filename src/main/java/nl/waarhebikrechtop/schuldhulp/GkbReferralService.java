package nl.waarhebikrechtop.schuldhulp;

import nl.waarhebikrechtop.account.AuditLog;
import nl.waarhebikrechtop.schuldhulp.internal.GkbReferralStore;
import nl.waarhebikrechtop.shared.DutchTime;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Referrals to the GKB: made only with explicit consent, followed up by staff (every look at the list is written
 * to the audit log), and deleted {@link #RETENTION} after they were made.
 */
@Service
public class GkbReferralService {

    /** The GKB aims to visit within this many working days. */
    public static final int VISIT_WITHIN_WORKING_DAYS = 7;
    /** How long a referral is kept: long enough for the GKB to follow it up. */
    public static final Duration RETENTION = Duration.ofDays(90);
    /** A Dutch phone number: 10 digits starting with 0, or +31 and 9 digits; spaces and dashes are allowed. */
    private static final Pattern PHONE = Pattern.compile("(0\\d{9}|\\+31\\d{9}|0031\\d{9})");

    private final GkbReferralStore store;
    private final Clock clock;
    private final AuditLog audit;

    GkbReferralService(GkbReferralStore store, Clock clock, AuditLog audit) {
        this.store = store;
        this.clock = clock;
        this.audit = audit;
    }

    /** The phone number without spaces and dashes, if it is a Dutch phone number. */
    public static java.util.Optional<String> normalisedPhone(String text) {
        String compact = text == null ? "" : text.replaceAll("[\\s\\-()]", "");
        return PHONE.matcher(compact).matches() ? java.util.Optional.of(compact) : java.util.Optional.empty();
    }

    /** Records a referral; the resident must have given consent (the form does not submit without it). */
    @Transactional
    public GkbReferral refer(String name, String phone, GkbReferral.PreferredTime preferredTime, boolean consent) {
        if (!consent) {
            throw new IllegalArgumentException("a referral to the GKB needs the resident's consent");
        }
        String cleanName = name == null ? "" : name.strip();
        String cleanPhone = normalisedPhone(phone).orElseThrow(() -> new IllegalArgumentException("not a phone number"));
        if (cleanName.isEmpty() || cleanName.length() > GkbReferral.NAME_MAX_LENGTH) {
            throw new IllegalArgumentException("a name of 1 to " + GkbReferral.NAME_MAX_LENGTH + " characters is needed");
        }
        Instant now = clock.instant();
        GkbReferral referral = new GkbReferral(UUID.randomUUID(), now, cleanName, cleanPhone, preferredTime,
                WorkingDays.after(DutchTime.dateOf(now), VISIT_WITHIN_WORKING_DAYS), GkbReferral.Status.NEW);
        store.insert(referral, now);
        return referral;
    }

    /** All referrals, oldest visit date first; the look is written to the audit log. */
    @Transactional
    public List<GkbReferral> list(String actor) {
        audit.record(actor, "gkb-referrals.viewed", "gkb-referrals", null);
        return store.list();
    }

    /** Staff note that the GKB has contacted the resident. */
    @Transactional
    public void markContacted(UUID id, String actor) {
        store.markContacted(id);
        audit.record(actor, "gkb-referral.contacted", "gkb-referral:" + id, null);
    }

    /** Working days left until the visit target; negative when overdue. */
    public int workingDaysLeft(GkbReferral referral) {
        return WorkingDays.between(DutchTime.today(clock), referral.visitDue());
    }

    /** Deletes referrals older than the retention period; returns how many. Run every night by {@link GkbPurgeSchedule}. */
    @Transactional
    public int purgeOld() {
        return store.deleteCreatedBefore(clock.instant().minus(RETENTION));
    }
}
