package nl.waarhebikrechtop.aanvraag.internal;

import jakarta.persistence.EntityManager;
import nl.waarhebikrechtop.aanvraag.Application;
import nl.waarhebikrechtop.aanvraag.ApplicationStatus;
import nl.waarhebikrechtop.aanvraag.Choice;
import nl.waarhebikrechtop.aanvraag.Scheme;
import nl.waarhebikrechtop.eligibility.Situation;
import nl.waarhebikrechtop.eligibility.Verdict;
import org.jspecify.annotations.Nullable;
import nl.waarhebikrechtop.shared.OffsetPage;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Applications with their choices and resume links ({@code application}, {@code application_choice},
 * {@code resume_token}), mapped to and from the {@link Application} record here and nowhere else. The household is
 * stored as the Situation's JSON. Writes are flushed at once, so a step and the audit line or mail written after it
 * in the same transaction agree with the database.
 */
@Repository
@Transactional
public class ApplicationStore {

    /** The order in which choices are read back: by beneficiary (by name), then person, then item. */
    private static final Comparator<Choice> CHOICE_ORDER = Comparator.comparing((Choice c) -> c.beneficiary().name())
            .thenComparingInt(Choice::index).thenComparing(Choice::item);

    private final ApplicationRepository applications;
    private final ResumeTokenRepository tokens;
    private final EntityManager entityManager;
    private final JsonMapper json;
    /**
     * Reads stored households leniently: a field another version of the portal wrote and this one does not know is
     * skipped, so saved drafts keep opening after a field is removed from {@link Situation}.
     */
    private final ObjectReader situations;

    ApplicationStore(ApplicationRepository applications, ResumeTokenRepository tokens, EntityManager entityManager,
                     JsonMapper json) {
        this.applications = applications;
        this.tokens = tokens;
        this.entityManager = entityManager;
        this.json = json;
        this.situations = json.readerFor(Situation.class).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /**
     * Inserts the draft or, when it exists, updates its answers; the choices are replaced and a reminder may be
     * sent again. A submitted application is not a draft any more and is refused.
     */
    public void save(Application a) {
        ApplicationEntity found = applications.findById(a.id()).orElse(null);
        if (found != null && found.status != ApplicationStatus.DRAFT) {
            throw new IllegalStateException("application " + a.id() + " is no longer a draft");
        }
        ApplicationEntity entity = found == null ? new ApplicationEntity(a.id(), a.scheme(), a.createdAt()) : found;
        entity.locale = a.locale().getLanguage();
        entity.situationJson = json.writeValueAsString(a.situation());
        entity.contact(a.contact());
        entity.updatedAt = a.updatedAt();
        entity.reminderSentAt = null;
        entity.choices.clear();
        a.choices().forEach(c -> entity.choices.add(ChoiceValue.of(c)));
        if (found == null) {
            entityManager.persist(entity);
        }
        entityManager.flush();
    }

    /** Marks a draft submitted with its reference and the assessment evaluated at that moment. */
    public boolean markSubmitted(UUID id, String reference, String assessmentJson, @Nullable Verdict verdict,
                                 Instant at) {
        return applications.markSubmitted(id, reference, assessmentJson, verdict, at) == 1;
    }

    /** The stored status, or empty when the application has not been stored yet. */
    @Transactional(readOnly = true)
    public Optional<ApplicationStatus> status(UUID id) {
        return applications.findStatus(id);
    }

    @Transactional(readOnly = true)
    public boolean referenceTaken(String reference) {
        return applications.existsByReference(reference);
    }

    @Transactional(readOnly = true)
    public Optional<Application> find(UUID id) {
        return applications.findWithChoicesById(id).map(this::toApplication);
    }

    /** The version a caseworker saw, to hand back with a step ({@link #decide(UUID, ApplicationStatus, String, Instant, Long)}). */
    @Transactional(readOnly = true)
    public Optional<Long> version(UUID id) {
        return applications.findById(id).map(e -> e.version);
    }

    /** An application in the caseworker queue: what the list shows, without household or contact details. */
    public record QueueRow(UUID id, String reference, Scheme scheme, ApplicationStatus status,
                           Instant submittedAt) {
    }

    /**
     * Rows of the caseworker queue, the longest waiting first; each filter is optional (null).
     *
     * @param submittedBefore only applications submitted before this moment ("waiting longer than")
     * @param overdueBefore   only open applications submitted before this moment (their decision date has passed)
     */
    @Transactional(readOnly = true)
    public List<QueueRow> queue(@Nullable Scheme scheme, @Nullable ApplicationStatus status,
                                @Nullable Instant submittedBefore, @Nullable Instant overdueBefore, long offset,
                                int limit) {
        return applications.findQueue(scheme, status, orAll(submittedBefore), overdueBefore != null,
                orAll(overdueBefore), new OffsetPage(offset, limit));
    }

    /** How many rows {@link #queue} has with these filters. */
    @Transactional(readOnly = true)
    public long queueSize(@Nullable Scheme scheme, @Nullable ApplicationStatus status,
                          @Nullable Instant submittedBefore, @Nullable Instant overdueBefore) {
        return applications.countQueue(scheme, status, orAll(submittedBefore), overdueBefore != null,
                orAll(overdueBefore));
    }

    /** A moment after every submission, for "no limit". */
    private static final Instant END_OF_TIME = Instant.parse("9999-12-31T00:00:00Z");

    private static Instant orAll(@Nullable Instant before) {
        return before == null ? END_OF_TIME : before;
    }

    /**
     * A caseworker's step: the new status, the reason or question, and when. Only for submitted applications, and,
     * when {@code expectedVersion} is given, only if nobody changed the application since the caseworker saw it.
     * {@code decided_at} is set by a decision (granted, refused) only; asking for information is not one.
     */
    public boolean decide(UUID id, ApplicationStatus status, String note, Instant at, @Nullable Long expectedVersion) {
        boolean decision = status == ApplicationStatus.GRANTED || status == ApplicationStatus.REFUSED;
        return applications.decide(id, status, note, decision ? at : null, at, expectedVersion) == 1;
    }

    /** {@link #decide(UUID, ApplicationStatus, String, Instant, Long)} whatever the version. */
    public boolean decide(UUID id, ApplicationStatus status, String note, Instant at) {
        return decide(id, status, note, at, null);
    }

    /** The resident answered the caseworker's question: back to the queue as submitted. */
    public boolean informationReceived(UUID id, Instant at) {
        return applications.informationReceived(id, at) == 1;
    }

    /** The caseworker's last reason or question, if any. */
    @Transactional(readOnly = true)
    public Optional<String> decisionNote(UUID id) {
        return applications.findDecisionNote(id);
    }

    /** The assessment stored at submit, as JSON. */
    @Transactional(readOnly = true)
    public Optional<String> assessmentJson(UUID id) {
        return applications.findAssessmentJson(id);
    }

    /** Drafts last changed before the cutoff that have an e-mail address and have not had a reminder yet. */
    @Transactional(readOnly = true)
    public List<Application> draftsToRemind(Instant cutoff) {
        return applications.findDraftsToRemind(cutoff).stream().map(this::find).flatMap(Optional::stream).toList();
    }

    /** Records the reminder; false when another run sent it first. */
    public boolean markReminded(UUID id, Instant at) {
        return applications.markReminded(id, at) == 1;
    }

    /** Deletes drafts last changed before the cutoff, with their choices and resume tokens; returns how many. */
    public int deleteDraftsUpdatedBefore(Instant cutoff) {
        return applications.deleteDraftsUpdatedBefore(cutoff);
    }

    /**
     * Deletes drafts last changed before the cutoff that never got a resume link (stored by a first upload, not saved
     * with an e-mail address); returns how many.
     */
    public int deleteUnlinkedDraftsUpdatedBefore(Instant cutoff) {
        return applications.deleteUnlinkedDraftsUpdatedBefore(cutoff);
    }

    public void insertResumeToken(String tokenHash, UUID applicationId, Instant createdAt, Instant expiresAt) {
        entityManager.persist(new ResumeTokenEntity(tokenHash, applicationId, createdAt, expiresAt));
        entityManager.flush();
    }

    /** The application a resume token belongs to, when the token has not expired at {@code now}. */
    @Transactional(readOnly = true)
    public Optional<UUID> applicationForToken(String tokenHash, Instant now) {
        return tokens.findApplicationId(tokenHash, now);
    }

    /**
     * A granted or refused application as the retention job sees it: no personal data, only what identifies it.
     */
    public record Decided(UUID id, String reference, Instant decidedAt) {
    }

    /** Granted and refused applications decided before the cutoff, the oldest decision first. */
    @Transactional(readOnly = true)
    public List<Decided> decidedBefore(Instant cutoff) {
        return applications.findDecidedBefore(cutoff);
    }

    /**
     * Deletes one granted or refused application decided before the cutoff, with everything that hangs off it (the
     * foreign keys cascade); false when it is no longer such an application.
     */
    public boolean deleteDecided(UUID id, Instant cutoff) {
        return applications.deleteDecided(id, cutoff) == 1;
    }

    private Application toApplication(ApplicationEntity e) {
        List<Choice> choices = e.choices.stream().map(ChoiceValue::toChoice).sorted(CHOICE_ORDER).toList();
        return new Application(e.id, e.scheme, e.status, Locale.of(e.locale), situations.readValue(e.situationJson),
                choices, e.contact(), e.reference, e.verdictAtSubmit, e.createdAt, e.updatedAt, e.submittedAt);
    }
}
