package nl.waarhebikrechtop.aanvraag.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import nl.waarhebikrechtop.aanvraag.Message;

import java.time.Instant;
import java.util.UUID;

/** A row of {@code application_message}: a caseworker's question or the resident's answer. */
@Entity
@Table(name = "application_message")
class MessageEntity {

    @Id
    UUID id;
    @Column(name = "application_id")
    UUID applicationId;
    @Enumerated(EnumType.STRING)
    Message.Author author;
    String body;
    @Column(name = "created_at")
    Instant createdAt;

    protected MessageEntity() {
        // for Hibernate
    }

    MessageEntity(UUID applicationId, Message message) {
        this.id = UUID.randomUUID();
        this.applicationId = applicationId;
        this.author = message.author();
        this.body = message.body();
        this.createdAt = message.createdAt();
    }

    Message toMessage() {
        return new Message(author, body, createdAt);
    }
}
