package nl.waarhebikrechtop.schuldhulp;

import nl.waarhebikrechtop.account.AuditLog;
import nl.waarhebikrechtop.shared.DutchTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
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

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AuditLog audit;

    public GkbReferralService(JdbcClient jdbc, Clock clock, AuditLog audit) {
        this.jdbc = jdbc;
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
        jdbc.sql("INSERT INTO gkb_referral (id, created_at, name, phone, preferred_time, consent_at, visit_due, status) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(referral.id().toString(), utc(now), cleanName, cleanPhone, preferredTime.name(),
                        utc(now), referral.visitDue(), referral.status().name())
                .update();
        return referral;
    }

    /** All referrals, oldest visit date first; the look is written to the audit log. */
    @Transactional
    public List<GkbReferral> list(String actor) {
        audit.record(actor, "gkb-referrals.viewed", "gkb-referrals", null);
        return jdbc.sql("SELECT id, created_at, name, phone, preferred_time, visit_due, status FROM gkb_referral "
                        + "ORDER BY visit_due, created_at")
                .query((rs, n) -> new GkbReferral(UUID.fromString(rs.getString(1)),
                        rs.getObject(2, LocalDateTime.class).toInstant(ZoneOffset.UTC),
                        rs.getString(3), rs.getString(4), GkbReferral.PreferredTime.valueOf(rs.getString(5)),
                        rs.getObject(6, LocalDate.class), GkbReferral.Status.valueOf(rs.getString(7))))
                .list();
    }

    /** Staff note that the GKB has contacted the resident. */
    @Transactional
    public void markContacted(UUID id, String actor) {
        jdbc.sql("UPDATE gkb_referral SET status = ? WHERE id = ?")
                .params(GkbReferral.Status.CONTACTED.name(), id.toString()).update();
        audit.record(actor, "gkb-referral.contacted", "gkb-referral:" + id, null);
    }

    /** Working days left until the visit target; negative when overdue. */
    public int workingDaysLeft(GkbReferral referral) {
        return WorkingDays.between(DutchTime.today(clock), referral.visitDue());
    }

    /** Deletes referrals older than the retention period, every night. */
    @Scheduled(cron = "${portal.gkb.purge-cron:0 30 3 * * *}", zone = DutchTime.ZONE_ID)
    @Transactional
    public int purgeOld() {
        return jdbc.sql("DELETE FROM gkb_referral WHERE created_at < ?")
                .param(utc(clock.instant().minus(RETENTION))).update();
    }

    /**
     * The columns are TIMESTAMP without a zone and hold UTC: a {@link java.sql.Timestamp} would be written in the
     * JVM's default zone and shift when that zone differs between two runs.
     */
    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
