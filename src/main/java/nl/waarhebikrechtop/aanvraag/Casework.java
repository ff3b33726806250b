package nl.waarhebikrechtop.aanvraag;

import nl.waarhebikrechtop.aanvraag.internal.ApplicationStore;
import nl.waarhebikrechtop.aanvraag.internal.DocumentStore;
import nl.waarhebikrechtop.account.AuditLog;
import nl.waarhebikrechtop.eligibility.Assessment;
import nl.waarhebikrechtop.eligibility.SchemeResult;
import nl.waarhebikrechtop.mail.MailOutbox;
import nl.waarhebikrechtop.mail.OutgoingMail;
import nl.waarhebikrechtop.shared.DutchTime;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The caseworker's side of applications: the queue, one application with the eligibility as it was evaluated at
 * submit, and the steps — ask for information, grant, refuse. Every look and every step is written to the audit
 * log, and every step e-mails the resident (through the outbox, in the same transaction).
 */
@Service
public class Casework {

    /** The longest reason or question a caseworker can write. */
    public static final int NOTE_MAX_LENGTH = 2000;
    private static final Logger log = LoggerFactory.getLogger(Casework.class);

    private final ApplicationStore store;
    private final DocumentStore documents;
    private final ApplicationService applications;
    private final AuditLog audit;
    private final MailOutbox outbox;
    private final JsonMapper json;
    private final Clock clock;

    Casework(ApplicationStore store, DocumentStore documents, ApplicationService applications, AuditLog audit,
             MailOutbox outbox, JsonMapper json, Clock clock) {
        this.store = store;
        this.documents = documents;
        this.applications = applications;
        this.audit = audit;
        this.outbox = outbox;
        this.json = json;
        this.clock = clock;
    }

    /**
     * One submitted application as a caseworker sees it.
     *
     * @param assessment the scheme's result as evaluated at submit; null when it cannot be read
     * @param daysLeft   calendar days until the legal decision date; negative when overdue
     * @param documents  the files the resident sent, oldest first
     * @param messages   the questions asked and the answers given, oldest first
     * @param choices    what is asked for, by name, in the order of the application
     * @param note       the caseworker's reason or note with the decision; null while undecided (questions are in
     *                   {@code messages})
     * @param version    the version of the application shown; a step hands it back, so that a step taken on a page a
     *                   colleague or the resident has overtaken is refused ({@link CaseChangedException})
     */
    public record CaseFile(Application application, @Nullable SchemeResult assessment, LocalDate decideBy,
                           long daysLeft, @Nullable String note, List<Document> documents, List<Message> messages,
                           List<ChoiceLine> choices, long version) {

        /** Whether the resident answered a question and the application waits for the caseworker again. */
        public boolean answered() {
            return Casework.answered(application.status(),
                    messages.stream().anyMatch(m -> m.author() == Message.Author.CASEWORKER));
        }
    }

    /** Writes to the audit log that the caseworker looked at the queue; the view calls it once per visit. */
    @Transactional
    public void queueViewed(String actor) {
        audit.record(actor, "application-queue.viewed", "application-queue", null);
    }

    /** Rows {@code offset} to {@code offset + limit} of the queue with this filter, the longest waiting first. */
    @Transactional(readOnly = true)
    public List<QueueEntry> queue(QueueFilter filter, long offset, int limit) {
        Cutoffs c = cutoffs(filter);
        List<ApplicationStore.QueueRow> rows = store.queue(filter.scheme(), filter.status(), c.submittedBefore,
                c.overdueBefore, offset, limit);
        Set<UUID> asked = documents.askedAmong(rows.stream().map(ApplicationStore.QueueRow::id).toList());
        LocalDate today = DutchTime.today(clock);
        return rows.stream().map(r -> new QueueEntry(r.id(), r.reference(), r.scheme(), r.status(), r.submittedAt(),
                answered(r.status(), asked.contains(r.id())),
                ChronoUnit.DAYS.between(today, ApplicationService.decideBy(r.submittedAt())))).toList();
    }

    /** How many applications the queue has with this filter. */
    @Transactional(readOnly = true)
    public long queueSize(QueueFilter filter) {
        Cutoffs c = cutoffs(filter);
        return store.queueSize(filter.scheme(), filter.status(), c.submittedBefore, c.overdueBefore);
    }

    private record Cutoffs(@Nullable Instant submittedBefore, @Nullable Instant overdueBefore) {
    }

    /**
     * "Waiting longer than N weeks" is a submission date more than 7N days before today; "overdue" a submission
     * date before today minus the decision period. Both as the start of that Dutch day.
     */
    private Cutoffs cutoffs(QueueFilter filter) {
        LocalDate today = DutchTime.today(clock);
        return new Cutoffs(
                filter.waitingWeeks() == null ? null
                        : today.minusDays(7L * filter.waitingWeeks()).atStartOfDay(DutchTime.ZONE).toInstant(),
                filter.overdueOnly()
                        ? today.minus(ApplicationService.DECISION_PERIOD).atStartOfDay(DutchTime.ZONE).toInstant()
                        : null);
    }

    /**
     * An application only goes from "information requested" back to "submitted" through the resident's answer, so
     * a submitted one with a question on record was answered.
     */
    private static boolean answered(ApplicationStatus status, boolean asked) {
        return status == ApplicationStatus.SUBMITTED && asked;
    }

    /** Whole days since the application was submitted. */
    public long daysWaiting(Application application) {
        if (application.submittedAt() == null) {
            throw new IllegalArgumentException("not submitted");
        }
        return ChronoUnit.DAYS.between(DutchTime.dateOf(application.submittedAt()), DutchTime.today(clock));
    }

    /** Days until the decision date of a submitted application; negative when overdue. */
    public long daysLeft(Application application) {
        return ChronoUnit.DAYS.between(DutchTime.today(clock), applications.decideBy(application));
    }

    @Transactional
    public CaseFile open(UUID id, String actor) {
        Application application = store.find(id).filter(a -> !a.isDraft())
                .orElseThrow(() -> new IllegalArgumentException("no submitted application " + id));
        audit.record(actor, "application.viewed", "application:" + application.reference(), null);
        return new CaseFile(application, assessment(application), applications.decideBy(application),
                daysLeft(application), applications.decisionNote(application).orElse(null), documents.list(id),
                documents.messages(id), applications.describe(application), store.version(id).orElseThrow());
    }

    /** A file of a submitted application, for a caseworker to open; the download is written to the audit log. */
    @Transactional
    public Optional<DownloadedDocument> document(UUID applicationId, UUID documentId, String actor) {
        Optional<Application> application = store.find(applicationId).filter(a -> !a.isDraft());
        Optional<Document> document = application.flatMap(a -> documents.find(applicationId, documentId));
        if (document.isEmpty()) {
            return Optional.empty();
        }
        audit.record(actor, "application.document-downloaded", "application:" + application.get().reference(), "document:" + documentId);
        return documents.open(applicationId, documentId).map(in -> new DownloadedDocument(document.get(), in));
    }

    /**
     * A file with its bytes as a stream that reads the stored file piece by piece; the caller closes it. It may be
     * read after this service's transaction ended.
     */
    public record DownloadedDocument(Document document, java.io.InputStream content) {
    }

    @Transactional
    public void askForInformation(UUID id, String question, String actor) {
        askForInformation(id, null, question, actor);
    }

    /**
     * Asks the resident for information, if the application is still at {@code version} (null: whatever its
     * version); otherwise {@link CaseChangedException}.
     */
    @Transactional
    public void askForInformation(UUID id, @Nullable Long version, String question, String actor) {
        String text = required(question);
        step(id, version, ApplicationStatus.INFO_REQUESTED, text, actor, "application-info-requested");
        documents.insertMessage(id, new Message(Message.Author.CASEWORKER, text, clock.instant()));
    }

    @Transactional
    public void grant(UUID id, String note, String actor) {
        grant(id, null, note, actor);
    }

    /** Grants, if the application is still at {@code version} (null: whatever its version). */
    @Transactional
    public void grant(UUID id, @Nullable Long version, String note, String actor) {
        step(id, version, ApplicationStatus.GRANTED, note == null ? "" : note.strip(), actor, "application-granted");
    }

    @Transactional
    public void refuse(UUID id, String reason, String actor) {
        refuse(id, null, reason, actor);
    }

    /** Refuses, if the application is still at {@code version} (null: whatever its version). */
    @Transactional
    public void refuse(UUID id, @Nullable Long version, String reason, String actor) {
        step(id, version, ApplicationStatus.REFUSED, required(reason), actor, "application-refused");
    }

    /** A step was refused because the application changed after the caseworker opened it. */
    public static final class CaseChangedException extends IllegalStateException {
        CaseChangedException(String reference) {
            super("application " + reference + " changed since it was opened");
        }
    }

    private void step(UUID id, @Nullable Long version, ApplicationStatus status, String note, String actor,
                      String template) {
        if (note.length() > NOTE_MAX_LENGTH) {
            throw new IllegalArgumentException("at most " + NOTE_MAX_LENGTH + " characters");
        }
        Application application = store.find(id).orElseThrow(() -> new IllegalArgumentException("no application " + id));
        if (!store.decide(id, status, note, clock.instant(), version)) {
            if (version != null && store.version(id).filter(v -> !v.equals(version)).isPresent()) {
                throw new CaseChangedException(application.reference());
            }
            throw new IllegalStateException("application " + application.reference() + " is not open for this step");
        }
        audit.record(actor, "application." + switch (status) {
            case INFO_REQUESTED -> "information-requested";
            case GRANTED -> "granted";
            case REFUSED -> "refused";
            default -> throw new IllegalArgumentException("not a caseworker step: " + status);
        }, "application:" + application.reference(), note);
        outbox.enqueue(OutgoingMail.oneOff(template, application.locale(), application.contact().email(), Map.of(
                "name", application.contact().name(),
                "scheme", ApplicationService.schemeName(application.scheme(), application.locale()),
                "reference", application.reference(),
                "note", note.isEmpty() ? "-" : note,
                "statusUrl", applications.newResumeLink(id))));
    }

    private static String required(String text) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty()) {
            throw new IllegalArgumentException("a reason or question is required");
        }
        return value;
    }

    private @Nullable SchemeResult assessment(Application application) {
        return store.assessmentJson(application.id()).map(text -> {
            try {
                return json.readValue(text, Assessment.class).result(application.scheme().schemeId());
            } catch (RuntimeException e) {
                log.warn("Stored assessment of {} cannot be read", application.reference(), e);
                return null;
            }
        }).orElse(null);
    }
}
