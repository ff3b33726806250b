package nl.waarhebikrechtop.aanvraag.internal;

import nl.waarhebikrechtop.aanvraag.Application;
import nl.waarhebikrechtop.aanvraag.ApplicationStatus;
import nl.waarhebikrechtop.aanvraag.Beneficiary;
import nl.waarhebikrechtop.aanvraag.Choice;
import nl.waarhebikrechtop.aanvraag.ContactDetails;
import nl.waarhebikrechtop.aanvraag.Scheme;
import nl.waarhebikrechtop.eligibility.Situation;
import nl.waarhebikrechtop.eligibility.Verdict;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * The {@code application}, {@code application_choice} and {@code resume_token} tables. Times are stored with their
 * offset (UTC), so H2 and PostgreSQL agree; the household is stored as the Situation's JSON.
 */
@Repository
public class ApplicationStore {

    private static final String COLUMNS = "id, reference, scheme, status, locale, situation_json, verdict_at_submit, "
            + "contact_name, contact_street, contact_postcode, contact_place, contact_birth_date, contact_email, "
            + "contact_phone, contact_iban, created_at, updated_at, submitted_at";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    /**
     * Reads stored households leniently: a field another version of the portal wrote and this one does not know is
     * skipped, so saved drafts keep opening after a field is removed from {@link Situation}.
     */
    private final ObjectReader situations;

    public ApplicationStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
        this.situations = json.readerFor(Situation.class).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /** Inserts the application or, when it exists, updates its answers; the choices are replaced. */
    public void save(Application a) {
        int updated = jdbc.sql("UPDATE application SET locale = ?, situation_json = ?, contact_name = ?, "
                        + "contact_street = ?, contact_postcode = ?, contact_place = ?, contact_birth_date = ?, "
                        + "contact_email = ?, contact_phone = ?, contact_iban = ?, updated_at = ?, reminder_sent_at = NULL "
                        + "WHERE id = ? AND status = 'DRAFT'")
                .params(a.locale().getLanguage(), json.writeValueAsString(a.situation()), a.contact().name(),
                        a.contact().street(), a.contact().postcode(), a.contact().place(), date(a.contact()),
                        a.contact().email(), a.contact().phone(), a.contact().iban(), utc(a.updatedAt()), a.id())
                .update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO application (" + COLUMNS + ") VALUES "
                            + "(?, NULL, ?, 'DRAFT', ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL)")
                    .params(a.id(), a.scheme().name(), a.locale().getLanguage(), json.writeValueAsString(a.situation()),
                            a.contact().name(), a.contact().street(), a.contact().postcode(), a.contact().place(),
                            date(a.contact()), a.contact().email(), a.contact().phone(), a.contact().iban(),
                            utc(a.createdAt()), utc(a.updatedAt()))
                    .update();
        }
        jdbc.sql("DELETE FROM application_choice WHERE application_id = ?").param(a.id()).update();
        for (Choice c : a.choices()) {
            jdbc.sql("INSERT INTO application_choice (application_id, beneficiary, person_index, item) "
                    + "VALUES (?, ?, ?, ?)").params(a.id(), c.beneficiary().name(), c.index(), c.item()).update();
        }
    }

    /** Marks a draft submitted with its reference and the assessment evaluated at that moment. */
    public boolean markSubmitted(UUID id, String reference, String assessmentJson, @Nullable Verdict verdict,
                                 Instant at) {
        return jdbc.sql("UPDATE application SET status = 'SUBMITTED', reference = ?, assessment_json = ?, "
                        + "verdict_at_submit = ?, submitted_at = ?, updated_at = ? WHERE id = ? AND status = 'DRAFT'")
                .params(reference, assessmentJson, verdict == null ? null : verdict.name(), utc(at), utc(at), id)
                .update() == 1;
    }

    /** The stored status, or empty when the application has not been stored yet. */
    public Optional<ApplicationStatus> status(UUID id) {
        return jdbc.sql("SELECT status FROM application WHERE id = ?").param(id).query(String.class).optional()
                .map(ApplicationStatus::valueOf);
    }

    public boolean referenceTaken(String reference) {
        return jdbc.sql("SELECT COUNT(*) FROM application WHERE reference = ?").param(reference)
                .query(Long.class).single() > 0;
    }

    public Optional<Application> find(UUID id) {
        Optional<Application> found = jdbc.sql("SELECT " + COLUMNS + " FROM application WHERE id = ?").param(id)
                .query((rs, n) -> row(rs)).optional();
        return found.map(a -> new Application(a.id(), a.scheme(), a.status(), a.locale(), a.situation(),
                choices(a.id()), a.contact(), a.reference(), a.verdictAtSubmit(), a.createdAt(), a.updatedAt(),
                a.submittedAt()));
    }

    /** Submitted applications (any status after DRAFT), the longest waiting first. */
    public List<Application> cases() {
        List<UUID> ids = jdbc.sql("SELECT id FROM application WHERE status <> 'DRAFT' ORDER BY submitted_at")
                .query(UUID.class).list();
        return ids.stream().map(this::find).flatMap(Optional::stream).toList();
    }

    /**
     * A caseworker's step: the new status, the reason or question, and when. Only for submitted applications.
     * {@code decided_at} is set by a decision (granted, refused) only; asking for information is not one.
     */
    public boolean decide(UUID id, ApplicationStatus status, String note, Instant at) {
        boolean decision = status == ApplicationStatus.GRANTED || status == ApplicationStatus.REFUSED;
        return jdbc.sql("UPDATE application SET status = ?, decision_note = ?, decided_at = ?, updated_at = ? "
                        + "WHERE id = ? AND status IN ('SUBMITTED', 'INFO_REQUESTED')")
                .params(status.name(), note, decision ? utc(at) : null, utc(at), id).update() == 1;
    }

    /** The resident answered the caseworker's question: back to the queue as submitted. */
    public boolean informationReceived(UUID id, Instant at) {
        return jdbc.sql("UPDATE application SET status = 'SUBMITTED', updated_at = ? WHERE id = ? "
                        + "AND status = 'INFO_REQUESTED'")
                .params(utc(at), id).update() == 1;
    }

    /** The caseworker's last reason or question, if any. */
    public Optional<String> decisionNote(UUID id) {
        return jdbc.sql("SELECT decision_note FROM application WHERE id = ?").param(id).query(String.class)
                .optional().filter(java.util.Objects::nonNull);
    }

    /** The assessment stored at submit, as JSON. */
    public Optional<String> assessmentJson(UUID id) {
        return jdbc.sql("SELECT assessment_json FROM application WHERE id = ?").param(id).query(String.class)
                .optional();
    }

    /** Drafts last changed before the cutoff that have an e-mail address and have not had a reminder yet. */
    public List<Application> draftsToRemind(Instant cutoff) {
        List<UUID> ids = jdbc.sql("SELECT id FROM application WHERE status = 'DRAFT' AND updated_at < ? "
                        + "AND reminder_sent_at IS NULL AND contact_email IS NOT NULL AND contact_email <> '' "
                        + "ORDER BY updated_at").param(utc(cutoff)).query(UUID.class).list();
        return ids.stream().map(this::find).flatMap(Optional::stream).toList();
    }

    /** Records the reminder; false when another run sent it first. */
    public boolean markReminded(UUID id, Instant at) {
        return jdbc.sql("UPDATE application SET reminder_sent_at = ? WHERE id = ? AND reminder_sent_at IS NULL")
                .params(utc(at), id).update() == 1;
    }

    /** Deletes drafts last changed before the cutoff, with their choices and resume tokens; returns how many. */
    public int deleteDraftsUpdatedBefore(Instant cutoff) {
        return jdbc.sql("DELETE FROM application WHERE status = 'DRAFT' AND updated_at < ?").param(utc(cutoff))
                .update();
    }

    /**
     * Deletes drafts last changed before the cutoff that never got a resume link (stored by a first upload, not saved
     * with an e-mail address); returns how many.
     */
    public int deleteUnlinkedDraftsUpdatedBefore(Instant cutoff) {
        return jdbc.sql("DELETE FROM application WHERE status = 'DRAFT' AND updated_at < ? AND NOT EXISTS "
                + "(SELECT 1 FROM resume_token t WHERE t.application_id = application.id)").param(utc(cutoff)).update();
    }

    public void insertResumeToken(String tokenHash, UUID applicationId, Instant createdAt, Instant expiresAt) {
        jdbc.sql("INSERT INTO resume_token (token_hash, application_id, created_at, expires_at) VALUES (?, ?, ?, ?)")
                .params(tokenHash, applicationId, utc(createdAt), utc(expiresAt)).update();
    }

    /** The application a resume token belongs to, when the token has not expired at {@code now}. */
    public Optional<UUID> applicationForToken(String tokenHash, Instant now) {
        return jdbc.sql("SELECT application_id FROM resume_token WHERE token_hash = ? AND expires_at > ?")
                .params(tokenHash, utc(now)).query(UUID.class).optional();
    }

    /**
     * A granted or refused application as the retention job sees it: no personal data, only what identifies it.
     */
    public record Decided(UUID id, String reference, Instant decidedAt) {
    }

    /** Granted and refused applications decided before the cutoff, the oldest decision first. */
    public List<Decided> decidedBefore(Instant cutoff) {
        return jdbc.sql("SELECT id, reference, decided_at FROM application WHERE status IN ('GRANTED', 'REFUSED') "
                        + "AND decided_at < ? ORDER BY decided_at").param(utc(cutoff))
                .query((rs, n) -> new Decided(rs.getObject("id", UUID.class), rs.getString("reference"),
                        instant(rs, "decided_at")))
                .list();
    }

    /**
     * Deletes one granted or refused application decided before the cutoff, with everything that hangs off it (the
     * foreign keys cascade); false when it is no longer such an application.
     */
    public boolean deleteDecided(UUID id, Instant cutoff) {
        return jdbc.sql("DELETE FROM application WHERE id = ? AND status IN ('GRANTED', 'REFUSED') "
                + "AND decided_at < ?").params(id, utc(cutoff)).update() == 1;
    }

    private List<Choice> choices(UUID id) {
        return jdbc.sql("SELECT beneficiary, person_index, item FROM application_choice WHERE application_id = ? "
                        + "ORDER BY beneficiary, person_index, item").param(id)
                .query((rs, n) -> new Choice(Beneficiary.valueOf(rs.getString(1)), rs.getInt(2), rs.getString(3)))
                .list();
    }

    private Application row(ResultSet rs) throws SQLException {
        Date birth = rs.getDate("contact_birth_date");
        ContactDetails contact = new ContactDetails(rs.getString("contact_name"), rs.getString("contact_street"),
                rs.getString("contact_postcode"), rs.getString("contact_place"),
                birth == null ? null : birth.toLocalDate(), rs.getString("contact_email"),
                rs.getString("contact_phone"), rs.getString("contact_iban"));
        String verdict = rs.getString("verdict_at_submit");
        return new Application(rs.getObject("id", UUID.class), Scheme.valueOf(rs.getString("scheme")),
                ApplicationStatus.valueOf(rs.getString("status")), Locale.of(rs.getString("locale")),
                situations.readValue(rs.getString("situation_json")), List.of(), contact,
                rs.getString("reference"), verdict == null ? null : Verdict.valueOf(verdict),
                instant(rs, "created_at"), instant(rs, "updated_at"), instant(rs, "submitted_at"));
    }

    private static @Nullable Date date(ContactDetails c) {
        return c.birthDate() == null ? null : Date.valueOf(c.birthDate());
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
