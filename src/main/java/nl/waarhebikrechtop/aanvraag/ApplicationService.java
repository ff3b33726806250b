package nl.waarhebikrechtop.aanvraag;

import nl.waarhebikrechtop.aanvraag.internal.ApplicationStore;
import nl.waarhebikrechtop.aanvraag.internal.DocumentStore;
import nl.waarhebikrechtop.account.AuditLog;
import nl.waarhebikrechtop.account.CurrentUser;
import nl.waarhebikrechtop.eligibility.Assessment;
import nl.waarhebikrechtop.eligibility.EligibilityService;
import nl.waarhebikrechtop.eligibility.FieldError;
import nl.waarhebikrechtop.eligibility.SchemeResult;
import nl.waarhebikrechtop.eligibility.Situation;
import nl.waarhebikrechtop.mail.MailOutbox;
import nl.waarhebikrechtop.mail.OutgoingMail;
import nl.waarhebikrechtop.shared.DutchTime;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The module's API: start, save, resume and submit Kindpakket and Meedoen applications. Owns the transactions;
 * each mail is written to the outbox in the same transaction as the change that causes it. Every mail here holds a
 * personal resume link, so all are one-off mails: the outbox erases their address and text once sent, and the
 * link lives on only in the resident's mailbox (the database keeps just its hash).
 */
@Service
public class ApplicationService {

    /** A resume link works this long after it was sent. */
    public static final Duration RESUME_LINK_VALID = Duration.ofDays(30);
    /** A draft nobody changed for this long is deleted (privacy page: 30 days after the last change). */
    public static final Duration DRAFT_RETENTION = Duration.ofDays(30);
    /**
     * A draft stored by its first file but never saved with an e-mail address has no resume link: only its browser
     * session (30 minutes idle) can open it. This long after its last change nobody can, so it is deleted.
     */
    public static final Duration UNLINKED_DRAFT_RETENTION = Duration.ofDays(1);
    /** The reminder mail goes out this long before a draft is deleted. */
    public static final Duration REMINDER_BEFORE_DELETION = Duration.ofDays(7);
    /** The legal decision period (Awb): the municipality decides within 8 weeks. */
    public static final Period DECISION_PERIOD = Period.ofWeeks(8);
    /** The path of resume links under the portal's address; the token follows. */
    public static final String RESUME_PATH = "aanvragen/verder/";
    /** The longest answer a resident can write to a caseworker's question. */
    public static final int ANSWER_MAX_LENGTH = 4000;

    private static final String REFERENCE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApplicationStore store;
    private final DocumentStore documents;
    private final AuditLog audit;
    private final EligibilityService eligibility;
    private final OptionCatalogue options;
    private final MailOutbox outbox;
    private final JsonMapper json;
    private final Clock clock;
    private final String publicUrl;

    ApplicationService(ApplicationStore store, DocumentStore documents, AuditLog audit, EligibilityService eligibility,
                       OptionCatalogue options, MailOutbox outbox, JsonMapper json, Clock clock,
                       @Value("${portal.public-url:http://localhost:8080}") String publicUrl) {
        this.store = store;
        this.documents = documents;
        this.audit = audit;
        this.eligibility = eligibility;
        this.options = options;
        this.outbox = outbox;
        this.json = json;
        this.clock = clock;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl : publicUrl + "/";
    }

    /** A new, not yet stored draft, prefilled with the household of the check (or an empty one). */
    public Application newDraft(Scheme scheme, Situation situation, Locale locale) {
        Instant now = clock.instant();
        return new Application(UUID.randomUUID(), scheme, ApplicationStatus.DRAFT, locale, situation, List.of(),
                ContactDetails.EMPTY, null, null, now, now, null);
    }

    /** What this household can tick for the scheme today; options that do not fit are included with the reason. */
    public List<Option> options(Scheme scheme, Situation situation) {
        return options.options(scheme, situation, eligibility.evaluate(situation, today()));
    }

    /** What is wrong with a household typed on the form (e.g. a child older than the parent); empty when fine. */
    public List<FieldError> householdProblems(Situation situation) {
        return eligibility.validate(situation);
    }

    /** What the application asks for, by name, in its own order. */
    public List<ChoiceLine> describe(Application application) {
        return application.choices().stream().map(choice -> {
            OptionCatalogue.ItemInfo info = options.describe(choice.item());
            return new ChoiceLine(choice, info.name(), info.forwardTo());
        }).toList();
    }

    /** Whether the contact details must include an IBAN: when something is paid out to the resident. */
    public static boolean ibanNeeded(Application application) {
        return application.choices().stream().anyMatch(c -> Choice.SPORT_CULTURE.equals(c.item()));
    }

    /**
     * Stores the draft and mails a personal resume link to the draft's e-mail address.
     *
     * @throws IllegalArgumentException when the e-mail address is missing or wrong (see {@link #draftProblems})
     */
    @Transactional
    public Application saveDraft(Application draft) {
        if (!draftProblems(draft).isEmpty()) {
            throw new IllegalArgumentException("a draft needs a valid e-mail address to send the link to");
        }
        Application saved = store(draft);
        String token = issueResumeToken(saved.id());
        LocalDate expires = DutchTime.dateOf(clock.instant().plus(RESUME_LINK_VALID));
        outbox.enqueue(OutgoingMail.oneOff("application-resume", saved.locale(), saved.contact().email(), Map.of(
                "scheme", schemeName(saved.scheme(), saved.locale()),
                "resumeUrl", publicUrl + RESUME_PATH + token,
                "expiresOn", date(expires, saved.locale()))));
        return saved;
    }

    /** What a draft needs before it can be saved: only an e-mail address for the resume link. */
    public Map<FormField, String> draftProblems(Application draft) {
        Map<FormField, String> problems = new EnumMap<>(FormField.class);
        String email = draft.contact().email();
        if (email.isEmpty()) {
            problems.put(FormField.EMAIL, "apply.error.email.requiredForDraft");
        } else if (!OutgoingMail.isValidAddress(email)) {
            problems.put(FormField.EMAIL, "apply.error.email.invalid");
        }
        return problems;
    }

    /**
     * The application behind a resume link. A wrong token and an expired token both give an empty result, so the
     * answer tells nobody which of the two it was.
     */
    @Transactional(readOnly = true)
    public Optional<Application> resume(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return store.applicationForToken(ResumeTokens.hash(token), clock.instant()).flatMap(store::find);
    }

    /** What still stops a submit, per field, as message keys; empty when it can be submitted. */
    public Map<FormField, String> submitProblems(Application application, boolean declared) {
        Map<FormField, String> problems = new EnumMap<>(FormField.class);
        problems.putAll(ContactRules.problems(application.contact(), ibanNeeded(application), today()));
        if (application.choices().isEmpty()) {
            problems.put(FormField.CHOICES, "apply.error.choices.none");
        } else if (!eligibleChoices(application).containsAll(application.choices())) {
            problems.put(FormField.CHOICES, "apply.error.choices.notEligible");
        }
        if (!declared) {
            problems.put(FormField.DECLARATION, "apply.error.declaration");
        }
        return problems;
    }

    /**
     * Submits the application: evaluates the eligibility again at this moment and stores it with the application,
     * gives it a reference number and mails the confirmation, all in one transaction.
     *
     * @throws IllegalArgumentException when {@link #submitProblems} is not empty
     * @throws IllegalStateException    when it was submitted already
     */
    @Transactional
    public Submitted submit(Application application, boolean declared) {
        if (!submitProblems(application, declared).isEmpty()) {
            throw new IllegalArgumentException("the application is not complete: " + submitProblems(application, declared));
        }
        Application saved = store(application);
        Instant now = clock.instant();
        Assessment assessment = eligibility.evaluate(saved.situation(), today());
        SchemeResult result = assessment.result(saved.scheme().schemeId());
        String reference = newReference(saved.scheme());
        if (!store.markSubmitted(saved.id(), reference, json.writeValueAsString(assessment),
                result == null ? null : result.verdict(), now)) {
            throw new IllegalStateException("application " + saved.id() + " was submitted already");
        }
        LocalDate decideBy = decideBy(now);
        String token = issueResumeToken(saved.id());
        outbox.enqueue(OutgoingMail.oneOff("application-submitted", saved.locale(), saved.contact().email(), Map.of(
                "name", saved.contact().name(),
                "scheme", schemeName(saved.scheme(), saved.locale()),
                "reference", reference,
                "submittedOn", date(today(), saved.locale()),
                "decideBy", date(decideBy, saved.locale()),
                "statusUrl", publicUrl + RESUME_PATH + token)));
        return new Submitted(reference, decideBy, saved.contact().email());
    }

    /** The caseworker's reason or note with a decision (granted or refused), when there is one. */
    @Transactional(readOnly = true)
    public Optional<String> decisionNote(Application application) {
        if (application.status() != ApplicationStatus.GRANTED && application.status() != ApplicationStatus.REFUSED) {
            return Optional.empty();
        }
        return store.decisionNote(application.id()).filter(note -> !note.isBlank());
    }

    /** The caseworker's open question to the resident, when the application waits for information. */
    @Transactional(readOnly = true)
    public Optional<Message> openQuestion(Application application) {
        if (application.status() != ApplicationStatus.INFO_REQUESTED) {
            return Optional.empty();
        }
        return lastQuestion(application.id());
    }

    /**
     * What stops this answer to the caseworker's question, as a message key: the question was dealt with meanwhile,
     * no text and no new file, or a text that is too long. Empty when it can be sent.
     */
    @Transactional(readOnly = true)
    public Optional<String> answerProblem(Application application, String text) {
        if (store.status(application.id()).filter(s -> s == ApplicationStatus.INFO_REQUESTED).isEmpty()) {
            return Optional.of("answer.error.closed");
        }
        String body = text == null ? "" : text.strip();
        if (body.length() > ANSWER_MAX_LENGTH) {
            return Optional.of("answer.error.tooLong");
        }
        if (body.isEmpty() && !hasFilesSinceQuestion(application.id())) {
            return Optional.of("answer.error.empty");
        }
        return Optional.empty();
    }

    /**
     * Sends the resident's answer (and the files uploaded since the question) to the caseworker: the application
     * goes back to the caseworker's queue as submitted. Recorded in the audit log without its text.
     *
     * @throws IllegalArgumentException when {@link #answerProblem} is not empty
     * @throws IllegalStateException    when the application does not wait for information
     */
    @Transactional
    public void answer(Application application, String text) {
        Optional<String> problem = answerProblem(application, text);
        if (problem.isPresent()) {
            throw new IllegalArgumentException("the answer cannot be sent: " + problem.get());
        }
        Instant now = clock.instant();
        if (!store.informationReceived(application.id(), now)) {
            throw new IllegalStateException("application " + application.reference() + " does not wait for information");
        }
        String body = text == null ? "" : text.strip();
        if (!body.isEmpty()) {
            documents.insertMessage(application.id(), new Message(Message.Author.RESIDENT, body, now));
        }
        audit.record(CurrentUser.ANONYMOUS, "application.answered", "application:" + application.reference(),
                "via resume link; " + documents.count(application.id()) + " files in total");
    }

    private Optional<Message> lastQuestion(UUID applicationId) {
        List<Message> conversation = documents.messages(applicationId);
        for (int i = conversation.size() - 1; i >= 0; i--) {
            if (conversation.get(i).author() == Message.Author.CASEWORKER) {
                return Optional.of(conversation.get(i));
            }
        }
        return Optional.empty();
    }

    private boolean hasFilesSinceQuestion(UUID applicationId) {
        Instant asked = lastQuestion(applicationId).map(Message::createdAt).orElse(Instant.MIN);
        return documents.list(applicationId).stream().anyMatch(d -> !d.uploadedAt().isBefore(asked));
    }

    /** Deletes the drafts not changed for {@link #DRAFT_RETENTION}, with their choices and resume links. */
    @Transactional
    public int deleteStaleDrafts() {
        return store.deleteDraftsUpdatedBefore(clock.instant().minus(DRAFT_RETENTION));
    }

    /** Deletes drafts without a resume link not changed for {@link #UNLINKED_DRAFT_RETENTION}, with their files. */
    @Transactional
    public int deleteUnreachableDrafts() {
        return store.deleteUnlinkedDraftsUpdatedBefore(clock.instant().minus(UNLINKED_DRAFT_RETENTION));
    }

    /**
     * Mails a reminder with a fresh resume link for each draft that will be deleted in a week; each draft gets one
     * reminder per period without changes.
     *
     * @return how many reminders were queued
     */
    @Transactional
    public int remindStaleDrafts() {
        Instant now = clock.instant();
        int reminded = 0;
        for (Application draft : store.draftsToRemind(now.minus(DRAFT_RETENTION.minus(REMINDER_BEFORE_DELETION)))) {
            if (!store.markReminded(draft.id(), now)) {
                continue;
            }
            LocalDate deletedOn = DutchTime.dateOf(draft.updatedAt().plus(DRAFT_RETENTION));
            outbox.enqueue(OutgoingMail.oneOff("application-reminder", draft.locale(), draft.contact().email(), Map.of(
                    "scheme", schemeName(draft.scheme(), draft.locale()),
                    "resumeUrl", publicUrl + RESUME_PATH + issueResumeToken(draft.id()),
                    "deletedOn", date(deletedOn, draft.locale()))));
            reminded++;
        }
        return reminded;
    }

    /** The last day of the decision period of a submitted application. */
    public LocalDate decideBy(Application application) {
        if (application.submittedAt() == null) {
            throw new IllegalArgumentException("not submitted");
        }
        return decideBy(application.submittedAt());
    }

    /** The legal decision date of an application submitted at that moment: 8 weeks after the Dutch date. */
    static LocalDate decideBy(Instant submittedAt) {
        return DutchTime.dateOf(submittedAt).plus(DECISION_PERIOD);
    }

    /** Stores a draft as it is on the screen, without mail: when its first file is uploaded. */
    Application storeDraft(Application draft) {
        return store(draft);
    }

    /** The application as stored, or empty when it was never stored. */
    Optional<Application> storedApplication(UUID id) {
        return store.find(id);
    }

    /** The status as stored, or empty when the application was never stored. */
    Optional<ApplicationStatus> storedStatus(UUID id) {
        return store.status(id);
    }

    private Application store(Application application) {
        if (!application.isDraft() || store.status(application.id()).filter(s -> s != ApplicationStatus.DRAFT)
                .isPresent()) {
            throw new IllegalStateException("application " + application.id() + " is no longer a draft");
        }
        Application stamped = new Application(application.id(), application.scheme(), application.status(),
                application.locale(), application.situation(), application.choices(), application.contact(),
                null, null, application.createdAt(), clock.instant(), null);
        store.save(stamped);
        return stamped;
    }

    private Set<Choice> eligibleChoices(Application application) {
        Set<Choice> eligible = new HashSet<>();
        for (Option option : options(application.scheme(), application.situation())) {
            if (option.eligible()) {
                eligible.add(option.choice());
            }
        }
        return eligible;
    }

    /** The resident's personal link to the application, valid for {@link #RESUME_LINK_VALID}. */
    String newResumeLink(UUID applicationId) {
        return publicUrl + RESUME_PATH + issueResumeToken(applicationId);
    }

    String issueResumeToken(UUID applicationId) {
        String token = ResumeTokens.newToken();
        Instant now = clock.instant();
        store.insertResumeToken(ResumeTokens.hash(token), applicationId, now, now.plus(RESUME_LINK_VALID));
        return token;
    }

    private String newReference(Scheme scheme) {
        while (true) {
            StringBuilder reference = new StringBuilder(scheme.referencePrefix()).append('-')
                    .append(today().getYear()).append('-');
            for (int i = 0; i < 6; i++) {
                reference.append(REFERENCE_ALPHABET.charAt(RANDOM.nextInt(REFERENCE_ALPHABET.length())));
            }
            if (!store.referenceTaken(reference.toString())) {
                return reference.toString();
            }
        }
    }

    private LocalDate today() {
        return DutchTime.today(clock);
    }

    static String schemeName(Scheme scheme, Locale locale) {
        boolean english = "en".equals(locale.getLanguage());
        return switch (scheme) {
            case KINDPAKKET -> "Kindpakket";
            case MEEDOEN -> english ? "Participation (Meedoen)" : "Meedoen";
        };
    }

    static String date(LocalDate date, Locale locale) {
        boolean english = "en".equals(locale.getLanguage());
        return date.format(DateTimeFormatter.ofPattern("d MMMM yyyy", english ? Locale.ENGLISH : Locale.of("nl")));
    }
}
