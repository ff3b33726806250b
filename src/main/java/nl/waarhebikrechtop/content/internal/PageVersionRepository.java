package nl.waarhebikrechtop.content.internal;

import nl.waarhebikrechtop.content.ParameterChange;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Versions of the text pages. */
public interface PageVersionRepository extends JpaRepository<PageVersionEntity, UUID> {

    /** Every published version in force at that moment, by page and publication: per page the last one counts. */
    @Query("""
            SELECT v FROM PageVersionEntity v
            WHERE v.status IN (nl.waarhebikrechtop.content.ParameterChange.Status.PUBLISHED,
                               nl.waarhebikrechtop.content.ParameterChange.Status.SUPERSEDED)
              AND v.publishAt <= :now
            ORDER BY v.slug, v.publishAt, v.createdAt""")
    List<PageVersionEntity> findLive(Instant now);

    /** How many versions are in force at that moment: it grows when a scheduled one comes into force. */
    @Query("""
            SELECT COUNT(v) FROM PageVersionEntity v
            WHERE v.status IN (nl.waarhebikrechtop.content.ParameterChange.Status.PUBLISHED,
                               nl.waarhebikrechtop.content.ParameterChange.Status.SUPERSEDED)
              AND v.publishAt <= :now""")
    long countLive(Instant now);

    List<PageVersionEntity> findBySlugOrderByCreatedAtAsc(String slug);

    List<PageVersionEntity> findBySlugAndStatus(String slug, ParameterChange.Status status);

    List<PageVersionEntity> findByStatusInOrderByCreatedAtAsc(Collection<ParameterChange.Status> statuses);

    List<PageVersionEntity> findByStatusAndPublishAtAfterOrderByPublishAtAsc(ParameterChange.Status status,
                                                                            Instant after);

    @Query("SELECT DISTINCT v.slug FROM PageVersionEntity v")
    List<String> findSlugs();
}
