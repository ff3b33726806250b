package nl.waarhebikrechtop.content.internal;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * The content revision: raised by every publication of any kind of content, so that every running instance sees
 * within seconds that it must load again; locked while one instance imports or publishes.
 */
public interface ContentRevisionRepository extends Repository<ContentRevisionEntity, Integer> {

    @Query("SELECT r.revision FROM ContentRevisionEntity r WHERE r.id = 1")
    long revision();

    /** Locks the revision row until the transaction ends: one instance at a time imports or publishes. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("SELECT r.revision FROM ContentRevisionEntity r WHERE r.id = 1")
    long lockRevision();

    @Modifying(flushAutomatically = true)
    @Query("UPDATE ContentRevisionEntity r SET r.revision = r.revision + 1 WHERE r.id = 1")
    int raiseRevision();
}
