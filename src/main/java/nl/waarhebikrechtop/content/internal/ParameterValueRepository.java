package nl.waarhebikrechtop.content.internal;

import nl.waarhebikrechtop.content.ParameterChange;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Versions of the parameters' dated values. */
public interface ParameterValueRepository extends JpaRepository<ParameterValueEntity, UUID> {

    /**
     * Every published version in force at that moment (scheduled ones not yet), by parameter, date and publication;
     * of two published at the same moment the superseded one comes first, so the one in force comes last.
     */
    @Query("""
            SELECT v FROM ParameterValueEntity v
            WHERE v.status IN (nl.waarhebikrechtop.content.ParameterChange.Status.PUBLISHED,
                               nl.waarhebikrechtop.content.ParameterChange.Status.SUPERSEDED)
              AND v.publishAt <= :now
            ORDER BY v.parameterId, v.effectiveFrom, v.publishAt,
                CASE WHEN v.status = nl.waarhebikrechtop.content.ParameterChange.Status.SUPERSEDED THEN 0 ELSE 1 END,
                v.createdAt""")
    List<ParameterValueEntity> findLive(Instant now);

    /** How many published versions are in force at that moment: it grows when a scheduled one comes into force. */
    @Query("""
            SELECT COUNT(v) FROM ParameterValueEntity v
            WHERE v.status IN (nl.waarhebikrechtop.content.ParameterChange.Status.PUBLISHED,
                               nl.waarhebikrechtop.content.ParameterChange.Status.SUPERSEDED)
              AND v.publishAt <= :now""")
    long countLive(Instant now);

    List<ParameterValueEntity> findByParameterIdOrderByEffectiveFromAscCreatedAtAsc(String parameterId);

    List<ParameterValueEntity> findByStatusInOrderByCreatedAtAsc(Collection<ParameterChange.Status> statuses);

    List<ParameterValueEntity> findByParameterIdAndEffectiveFromAndStatus(String parameterId,
                                                                         java.time.LocalDate effectiveFrom,
                                                                         ParameterChange.Status status);

    /** Published versions whose moment has not come yet, the soonest first. */
    List<ParameterValueEntity> findByStatusAndPublishAtAfterOrderByPublishAtAsc(ParameterChange.Status status,
                                                                               Instant after);

    @Query("SELECT DISTINCT v.parameterId FROM ParameterValueEntity v")
    List<String> findParameterIds();
}
