package nl.waarhebikrechtop.aanvraag.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Files by application: every query names the application as well as the file. */
interface DocumentRepository extends JpaRepository<DocumentEntity, UUID> {

    int countByApplicationId(UUID applicationId);

    List<DocumentEntity> findByApplicationIdOrderByUploadedAtAscFileNameAsc(UUID applicationId);

    Optional<DocumentEntity> findByApplicationIdAndId(UUID applicationId, UUID id);

    /** The database's foreign key removes the file's pieces with it. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("DELETE FROM DocumentEntity d WHERE d.applicationId = :applicationId AND d.id = :id")
    int deleteByApplicationIdAndId(UUID applicationId, UUID id);

    /** One piece of a file's bytes, read on its own so that a download never holds the whole file. */
    @Query("SELECT c.data FROM DocumentChunkEntity c WHERE c.key.documentId = :documentId AND c.key.chunkIndex = :index")
    Optional<byte[]> findChunk(UUID documentId, int index);
}
