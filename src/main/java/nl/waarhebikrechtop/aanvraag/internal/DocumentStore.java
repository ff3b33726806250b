package nl.waarhebikrechtop.aanvraag.internal;

import nl.waarhebikrechtop.aanvraag.Document;
import nl.waarhebikrechtop.aanvraag.DocumentType;
import nl.waarhebikrechtop.aanvraag.Message;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The {@code application_document} and {@code application_message} tables. Every query names the application as
 * well as the document, so a document id alone never reaches another application's file.
 */
@Repository
public class DocumentStore {

    private static final String DOCUMENT_COLUMNS = "id, file_name, media_type, size_bytes, uploaded_at";

    private final JdbcClient jdbc;

    public DocumentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(UUID applicationId, Document document, byte[] content) {
        jdbc.sql("INSERT INTO application_document (id, application_id, file_name, media_type, size_bytes, content, "
                        + "uploaded_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(document.id(), applicationId, document.fileName(), document.type().mediaType(),
                        document.sizeBytes(), content, utc(document.uploadedAt()))
                .update();
    }

    public int count(UUID applicationId) {
        return jdbc.sql("SELECT COUNT(*) FROM application_document WHERE application_id = ?").param(applicationId)
                .query(Integer.class).single();
    }

    /** The application's documents, oldest first, without their bytes. */
    public List<Document> list(UUID applicationId) {
        return jdbc.sql("SELECT " + DOCUMENT_COLUMNS + " FROM application_document WHERE application_id = ? "
                        + "ORDER BY uploaded_at, file_name").param(applicationId)
                .query((rs, n) -> document(rs)).list();
    }

    public Optional<Document> find(UUID applicationId, UUID documentId) {
        return jdbc.sql("SELECT " + DOCUMENT_COLUMNS + " FROM application_document WHERE application_id = ? AND id = ?")
                .params(applicationId, documentId).query((rs, n) -> document(rs)).optional();
    }

    public Optional<byte[]> content(UUID applicationId, UUID documentId) {
        return jdbc.sql("SELECT content FROM application_document WHERE application_id = ? AND id = ?")
                .params(applicationId, documentId).query((rs, n) -> rs.getBytes(1)).optional();
    }

    public boolean delete(UUID applicationId, UUID documentId) {
        return jdbc.sql("DELETE FROM application_document WHERE application_id = ? AND id = ?")
                .params(applicationId, documentId).update() == 1;
    }

    public void insertMessage(UUID applicationId, Message message) {
        jdbc.sql("INSERT INTO application_message (id, application_id, author, body, created_at) VALUES (?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), applicationId, message.author().name(), message.body(),
                        utc(message.createdAt()))
                .update();
    }

    /** The conversation about the application, oldest first. */
    public List<Message> messages(UUID applicationId) {
        return jdbc.sql("SELECT author, body, created_at FROM application_message WHERE application_id = ? "
                        + "ORDER BY created_at").param(applicationId)
                .query((rs, n) -> new Message(Message.Author.valueOf(rs.getString(1)), rs.getString(2),
                        rs.getObject(3, OffsetDateTime.class).toInstant()))
                .list();
    }

    /** Applications a caseworker ever asked a question about. */
    public Set<UUID> applicationsWithQuestions() {
        return new HashSet<>(jdbc.sql("SELECT DISTINCT application_id FROM application_message "
                + "WHERE author = 'CASEWORKER'").query(UUID.class).list());
    }

    private static Document document(ResultSet rs) throws SQLException {
        return new Document(rs.getObject("id", UUID.class), rs.getString("file_name"),
                DocumentType.ofMediaType(rs.getString("media_type")).orElseThrow(), rs.getLong("size_bytes"),
                rs.getObject("uploaded_at", OffsetDateTime.class).toInstant());
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
