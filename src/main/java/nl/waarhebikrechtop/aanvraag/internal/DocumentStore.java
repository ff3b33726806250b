package nl.waarhebikrechtop.aanvraag.internal;

import jakarta.persistence.EntityManager;
import nl.waarhebikrechtop.aanvraag.Document;
import nl.waarhebikrechtop.aanvraag.Message;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The application's files and conversation ({@code application_document}, {@code application_document_chunk},
 * {@code application_message}). Every query names the application as well as the document, so a document id alone
 * never reaches another application's file. A file's bytes are stored in pieces and read back as a stream, one
 * piece at a time.
 */
@Repository
@Transactional
public class DocumentStore {

    /** The size of a stored piece of a file: a download holds at most this much of it in memory at a time. */
    static final int CHUNK_BYTES = 256 * 1024;

    private final DocumentRepository documents;
    private final MessageRepository messages;
    private final EntityManager entityManager;

    DocumentStore(DocumentRepository documents, MessageRepository messages, EntityManager entityManager) {
        this.documents = documents;
        this.messages = messages;
        this.entityManager = entityManager;
    }

    /**
     * Stores the file in pieces. Each piece is written and let go of at once, so the persistence context holds no
     * copy of the bytes; other entities of the caller's transaction stay managed.
     */
    public void insert(UUID applicationId, Document document, byte[] content) {
        entityManager.persist(new DocumentEntity(applicationId, document));
        for (int index = 0; index * CHUNK_BYTES < content.length; index++) {
            int from = index * CHUNK_BYTES;
            DocumentChunkEntity chunk = new DocumentChunkEntity(document.id(), index,
                    Arrays.copyOfRange(content, from, Math.min(content.length, from + CHUNK_BYTES)));
            entityManager.persist(chunk);
            entityManager.flush();
            entityManager.detach(chunk);
        }
    }

    @Transactional(readOnly = true)
    public int count(UUID applicationId) {
        return documents.countByApplicationId(applicationId);
    }

    /** The application's documents, oldest first, without their bytes. */
    @Transactional(readOnly = true)
    public List<Document> list(UUID applicationId) {
        return documents.findByApplicationIdOrderByUploadedAtAscFileNameAsc(applicationId).stream()
                .map(DocumentEntity::toDocument).toList();
    }

    @Transactional(readOnly = true)
    public Optional<Document> find(UUID applicationId, UUID documentId) {
        return documents.findByApplicationIdAndId(applicationId, documentId).map(DocumentEntity::toDocument);
    }

    /**
     * The file's bytes as a stream that reads one stored piece at a time, each in a query of its own (so the
     * stream may be read after the caller's transaction ended, as a download does); empty when the file does not
     * belong to that application.
     */
    @Transactional(readOnly = true)
    public Optional<InputStream> open(UUID applicationId, UUID documentId) {
        return find(applicationId, documentId).map(d -> new ChunkStream(d.id(), d.sizeBytes()));
    }

    /** The whole file in memory: for tests and small checks only; downloads use {@link #open}. */
    @Transactional(readOnly = true)
    public Optional<byte[]> content(UUID applicationId, UUID documentId) {
        return open(applicationId, documentId).map(in -> {
            try (in) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    public boolean delete(UUID applicationId, UUID documentId) {
        return documents.deleteByApplicationIdAndId(applicationId, documentId) == 1;
    }

    public void insertMessage(UUID applicationId, Message message) {
        entityManager.persist(new MessageEntity(applicationId, message));
        entityManager.flush();
    }

    /** The conversation about the application, oldest first. */
    @Transactional(readOnly = true)
    public List<Message> messages(UUID applicationId) {
        return messages.findByApplicationIdOrderByCreatedAtAsc(applicationId).stream().map(MessageEntity::toMessage)
                .toList();
    }

    /** Of these applications, those a caseworker ever asked a question about. */
    @Transactional(readOnly = true)
    public Set<UUID> askedAmong(List<UUID> applicationIds) {
        return applicationIds.isEmpty() ? Set.of() : new HashSet<>(messages.findAskedAmong(applicationIds));
    }

    /** Reads a stored file piece by piece; a piece that has gone (the file was deleted meanwhile) ends in an error. */
    private final class ChunkStream extends InputStream {

        private final UUID documentId;
        private final long size;
        private int nextChunk;
        private long delivered;
        private byte[] chunk = new byte[0];
        private int position;

        ChunkStream(UUID documentId, long size) {
            this.documentId = documentId;
            this.size = size;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            if (position == chunk.length) {
                if (delivered >= size) {
                    return -1;
                }
                chunk = documents.findChunk(documentId, nextChunk)
                        .orElseThrow(() -> new IOException("document " + documentId + " is gone"));
                nextChunk++;
                position = 0;
            }
            int n = Math.min(length, chunk.length - position);
            System.arraycopy(chunk, position, buffer, offset, n);
            position += n;
            delivered += n;
            return n;
        }
    }
}
