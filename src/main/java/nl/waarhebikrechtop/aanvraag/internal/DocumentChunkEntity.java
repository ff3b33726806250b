package nl.waarhebikrechtop.aanvraag.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.util.UUID;

/** A row of {@code application_document_chunk}: one piece of a file's bytes, at most {@link DocumentStore#CHUNK_BYTES}. */
@Entity
@Table(name = "application_document_chunk")
class DocumentChunkEntity {

    @Embeddable
    record Key(@Column(name = "document_id") UUID documentId, @Column(name = "chunk_index") int chunkIndex) {
    }

    @EmbeddedId
    Key key;
    @Column(name = "chunk_data")
    byte[] data;

    protected DocumentChunkEntity() {
        // for Hibernate
    }

    DocumentChunkEntity(UUID documentId, int index, byte[] data) {
        this.key = new Key(documentId, index);
        this.data = data;
    }
}
