package nl.waarhebikrechtop.aanvraag.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import nl.waarhebikrechtop.aanvraag.Document;
import nl.waarhebikrechtop.aanvraag.DocumentType;

import java.time.Instant;
import java.util.UUID;

/** A row of {@code application_document}: what is known about a file; its bytes are in {@link DocumentChunkEntity}. */
@Entity
@Table(name = "application_document")
class DocumentEntity {

    @Id
    UUID id;
    @Column(name = "application_id")
    UUID applicationId;
    @Column(name = "file_name")
    String fileName;
    @Column(name = "media_type")
    String mediaType;
    @Column(name = "size_bytes")
    long sizeBytes;
    @Column(name = "uploaded_at")
    Instant uploadedAt;

    protected DocumentEntity() {
        // for Hibernate
    }

    DocumentEntity(UUID applicationId, Document document) {
        this.id = document.id();
        this.applicationId = applicationId;
        this.fileName = document.fileName();
        this.mediaType = document.type().mediaType();
        this.sizeBytes = document.sizeBytes();
        this.uploadedAt = document.uploadedAt();
    }

    Document toDocument() {
        return new Document(id, fileName, DocumentType.ofMediaType(mediaType).orElseThrow(), sizeBytes, uploadedAt);
    }
}
