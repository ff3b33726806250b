package nl.waarhebikrechtop.aanvraag.internal;

import nl.waarhebikrechtop.aanvraag.ApplicationStatus;
import nl.waarhebikrechtop.aanvraag.Scheme;
import nl.waarhebikrechtop.eligibility.Verdict;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Queries on {@code application}. The conditional updates name the status they expect, so a step that another
 * node or tab took first changes nothing (the caller sees 0); each raises the version. The deletes are bulk
 * statements: the database's foreign keys remove choices, resume links, files and messages with them.
 */
interface ApplicationRepository extends JpaRepository<ApplicationEntity, UUID> {

    /** The caseworker queue's filters, shared by its rows and its count (see {@link #findQueue}). */
    String QUEUE_WHERE = """
            WHERE a.status <> nl.waarhebikrechtop.aanvraag.ApplicationStatus.DRAFT
              AND (:scheme IS NULL OR a.scheme = :scheme)
              AND (:status IS NULL OR a.status = :status)
              AND a.submittedAt < :submittedBefore
              AND (:overdueOnly = FALSE OR (a.submittedAt < :overdueBefore
                   AND a.status IN (nl.waarhebikrechtop.aanvraag.ApplicationStatus.SUBMITTED,
                                    nl.waarhebikrechtop.aanvraag.ApplicationStatus.INFO_REQUESTED)))
            """;

    @EntityGraph(attributePaths = "choices")
    Optional<ApplicationEntity> findWithChoicesById(UUID id);

    boolean existsByReference(String reference);

    @Query("SELECT a.status FROM ApplicationEntity a WHERE a.id = :id")
    Optional<ApplicationStatus> findStatus(UUID id);

    @Query("SELECT a.decisionNote FROM ApplicationEntity a WHERE a.id = :id")
    Optional<String> findDecisionNote(UUID id);

    @Query("SELECT a.assessmentJson FROM ApplicationEntity a WHERE a.id = :id")
    Optional<String> findAssessmentJson(UUID id);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            UPDATE ApplicationEntity a SET a.status = nl.waarhebikrechtop.aanvraag.ApplicationStatus.SUBMITTED, a.reference = :reference,
                a.assessmentJson = :assessmentJson, a.verdictAtSubmit = :verdict, a.submittedAt = :at,
                a.updatedAt = :at, a.version = a.version + 1
            WHERE a.id = :id AND a.status = nl.waarhebikrechtop.aanvraag.ApplicationStatus.DRAFT""")
    int markSubmitted(UUID id, String reference, String assessmentJson, @Nullable Verdict verdict, Instant at);

    /** A caseworker's step; {@code expectedVersion} null accepts any version. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            UPDATE ApplicationEntity a SET a.status = :status, a.decisionNote = :note, a.decidedAt = :decidedAt,
                a.updatedAt = :at, a.version = a.version + 1
            WHERE a.id = :id
              AND a.status IN (nl.waarhebikrechtop.aanvraag.ApplicationStatus.SUBMITTED, nl.waarhebikrechtop.aanvraag.ApplicationStatus.INFO_REQUESTED)
              AND (:expectedVersion IS NULL OR a.version = :expectedVersion)""")
    int decide(UUID id, ApplicationStatus status, String note, @Nullable Instant decidedAt, Instant at,
               @Nullable Long expectedVersion);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            UPDATE ApplicationEntity a SET a.status = nl.waarhebikrechtop.aanvraag.ApplicationStatus.SUBMITTED, a.updatedAt = :at,
                a.version = a.version + 1
            WHERE a.id = :id AND a.status = nl.waarhebikrechtop.aanvraag.ApplicationStatus.INFO_REQUESTED""")
    int informationReceived(UUID id, Instant at);

    @Query("""
            SELECT a.id FROM ApplicationEntity a
            WHERE a.status = nl.waarhebikrechtop.aanvraag.ApplicationStatus.DRAFT AND a.updatedAt < :cutoff AND a.reminderSentAt IS NULL
              AND a.contactEmail IS NOT NULL AND a.contactEmail <> ''
            ORDER BY a.updatedAt""")
    List<UUID> findDraftsToRemind(Instant cutoff);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("UPDATE ApplicationEntity a SET a.reminderSentAt = :at WHERE a.id = :id AND a.reminderSentAt IS NULL")
    int markReminded(UUID id, Instant at);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("DELETE FROM ApplicationEntity a WHERE a.status = nl.waarhebikrechtop.aanvraag.ApplicationStatus.DRAFT AND a.updatedAt < :cutoff")
    int deleteDraftsUpdatedBefore(Instant cutoff);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            DELETE FROM ApplicationEntity a WHERE a.status = nl.waarhebikrechtop.aanvraag.ApplicationStatus.DRAFT AND a.updatedAt < :cutoff
              AND NOT EXISTS (SELECT 1 FROM ResumeTokenEntity t WHERE t.applicationId = a.id)""")
    int deleteUnlinkedDraftsUpdatedBefore(Instant cutoff);

    @Query("""
            SELECT new nl.waarhebikrechtop.aanvraag.internal.ApplicationStore$Decided(a.id, a.reference, a.decidedAt)
            FROM ApplicationEntity a
            WHERE a.status IN (nl.waarhebikrechtop.aanvraag.ApplicationStatus.GRANTED, nl.waarhebikrechtop.aanvraag.ApplicationStatus.REFUSED) AND a.decidedAt < :cutoff
            ORDER BY a.decidedAt""")
    List<ApplicationStore.Decided> findDecidedBefore(Instant cutoff);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            DELETE FROM ApplicationEntity a WHERE a.id = :id
              AND a.status IN (nl.waarhebikrechtop.aanvraag.ApplicationStatus.GRANTED, nl.waarhebikrechtop.aanvraag.ApplicationStatus.REFUSED) AND a.decidedAt < :cutoff""")
    int deleteDecided(UUID id, Instant cutoff);

    /**
     * The caseworker queue: submitted applications (any status after draft), the longest waiting first. Scheme and
     * status are optional (null: all). {@code submittedBefore} is "waiting longer than" (far in the future for all);
     * with {@code overdueOnly}, only open applications submitted before {@code overdueBefore} (their decision date
     * has passed). No nullable times: PostgreSQL cannot tell the type of a parameter that is only compared to NULL.
     */
    @Query("""
            SELECT new nl.waarhebikrechtop.aanvraag.internal.ApplicationStore$QueueRow(a.id, a.reference,
                a.scheme, a.status, a.submittedAt)
            FROM ApplicationEntity a
            """ + QUEUE_WHERE + """
            ORDER BY a.submittedAt, a.id""")
    List<ApplicationStore.QueueRow> findQueue(@Nullable Scheme scheme, @Nullable ApplicationStatus status,
                                              Instant submittedBefore, boolean overdueOnly, Instant overdueBefore,
                                              Pageable page);

    /** How many applications {@link #findQueue} finds with these filters. */
    @Query("""
            SELECT COUNT(a) FROM ApplicationEntity a
            """ + QUEUE_WHERE)
    long countQueue(@Nullable Scheme scheme, @Nullable ApplicationStatus status, Instant submittedBefore,
                    boolean overdueOnly, Instant overdueBefore);
}
