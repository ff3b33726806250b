package nl.waarhebikrechtop.aanvraag;

import nl.waarhebikrechtop.aanvraag.internal.DocumentStore;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Proof the resident sends with an application: PDF, JPEG or PNG, at most {@link #MAX_BYTES} each and
 * {@link #MAX_DOCUMENTS} per application. The type is judged from the content ({@link DocumentType#sniff}). Files are
 * stored in the database with the application and deleted with it; they are only ever handed to the resident
 * (through the resume link, which resolves to the application id on the server) and to caseworkers (through
 * {@link Casework#document}, audited).
 */
@Service
public class ApplicationDocuments {

    /** The largest file accepted: 10 MB. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;
    /** The most files one application can hold. */
    public static final int MAX_DOCUMENTS = 10;
    /** File names are cut to this many characters. */
    static final int NAME_MAX_LENGTH = 120;

    private final ApplicationService applications;
    private final DocumentStore store;
    private final Clock clock;

    ApplicationDocuments(ApplicationService applications, DocumentStore store, Clock clock) {
        this.applications = applications;
        this.store = store;
        this.clock = clock;
    }

    /**
     * What became of an upload: the stored document, or the message key of why it was refused.
     *
     * @param application the application as stored now (a draft is stored by its first upload)
     */
    public record Outcome(@Nullable Document document, @Nullable String problem, Application application) {

        public boolean accepted() {
            return document != null;
        }
    }

    /**
     * Attaches a file to a draft or to an application the caseworker asked information for. A draft that was not
     * stored yet is stored first, as it is on the screen, so the file has something to belong to; like every draft it
     * is deleted 30 days after its last change.
     *
     * When the application moved on meanwhile (sent from another tab, or the caseworker decided), the outcome says
     * so instead of storing the file.
     *
     * @throws IllegalStateException when the application is neither a draft nor waiting for information
     */
    @Transactional
    public Outcome attach(Application application, String fileName, byte[] content) {
        if (!acceptsDocuments(application)) {
            throw new IllegalStateException("application " + application.id() + " takes no documents now");
        }
        ApplicationStatus now = applications.storedStatus(application.id()).orElse(ApplicationStatus.DRAFT);
        if (now != application.status()) {
            return new Outcome(null, "documents.error.closed", application);
        }
        if (content.length == 0) {
            return new Outcome(null, "documents.error.empty", application);
        }
        if (content.length > MAX_BYTES) {
            return new Outcome(null, "documents.error.tooLarge", application);
        }
        Optional<DocumentType> type = DocumentType.sniff(content);
        if (type.isEmpty()) {
            return new Outcome(null, "documents.error.type", application);
        }
        Application stored = application.isDraft() ? applications.storeDraft(application) : application;
        if (store.count(stored.id()) >= MAX_DOCUMENTS) {
            return new Outcome(null, "documents.error.tooMany", stored);
        }
        Document document = new Document(UUID.randomUUID(), cleanName(fileName, type.get()), type.get(),
                content.length, clock.instant());
        store.insert(stored.id(), document, content);
        return new Outcome(document, null, stored);
    }

    /** Whether files can be added: while it is a draft, and while the caseworker waits for information. */
    private static boolean acceptsDocuments(Application application) {
        return application.isDraft() || application.status() == ApplicationStatus.INFO_REQUESTED;
    }

    /** The application's files, oldest first; empty for a draft that was never stored. */
    @Transactional(readOnly = true)
    public List<Document> documents(UUID applicationId) {
        return store.list(applicationId);
    }

    /**
     * Whether the resident may still take this file back: any file of a draft, and the files added since the
     * caseworker's open question (the answer has not been sent, so nobody has seen them). Files the caseworker may
     * have seen stay.
     */
    @Transactional(readOnly = true)
    public boolean removable(Application application, Document document) {
        return removable(application).test(document);
    }

    /** {@link #removable(Application, Document)} for every file of the application, asking the database once. */
    @Transactional(readOnly = true)
    public Predicate<Document> removable(Application application) {
        Optional<Instant> from = takeBackFrom(application);
        return document -> from.filter(start -> !document.uploadedAt().isBefore(start)).isPresent();
    }

    /** Files uploaded at or after this moment may be taken back; empty when none may. */
    private Optional<Instant> takeBackFrom(Application application) {
        ApplicationStatus stored = applications.storedStatus(application.id()).orElse(ApplicationStatus.DRAFT);
        if (stored == ApplicationStatus.DRAFT) {
            return application.isDraft() ? Optional.of(Instant.MIN) : Optional.empty();
        }
        if (stored != ApplicationStatus.INFO_REQUESTED) {
            return Optional.empty();
        }
        return applications.openQuestion(application).map(Message::createdAt);
    }

    /**
     * Takes a file back (see {@link #removable}).
     *
     * @return false when the application holds no such file
     * @throws IllegalStateException when the file may no longer be taken back
     */
    @Transactional
    public boolean remove(Application application, UUID documentId) {
        Optional<Document> document = store.find(application.id(), documentId);
        if (document.isEmpty()) {
            return false;
        }
        if (!removable(application, document.get())) {
            throw new IllegalStateException("this file can no longer be removed");
        }
        return store.delete(application.id(), documentId);
    }

    /** A file's bytes, when it belongs to that application. */
    @Transactional(readOnly = true)
    public Optional<byte[]> content(UUID applicationId, UUID documentId) {
        return store.content(applicationId, documentId);
    }

    /**
     * The name a file is shown and downloaded under: no folders, no control or markup characters, not too long, and
     * the extension of the type found in the content (a PNG called "loonstrook.pdf" becomes "loonstrook.png").
     */
    static String cleanName(String fileName, DocumentType type) {
        String name = fileName == null ? "" : fileName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}<>:\"|?*]", "").strip();
        int dot = name.lastIndexOf('.');
        if (dot >= 0) {
            name = name.substring(0, dot).strip();
        }
        if (name.isEmpty() || name.chars().allMatch(c -> c == '.')) {
            name = "bestand";
        }
        if (name.length() > NAME_MAX_LENGTH) {
            name = name.substring(0, NAME_MAX_LENGTH).strip();
        }
        return name + "." + type.extension().toLowerCase(Locale.ROOT);
    }
}
