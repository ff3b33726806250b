package nl.waarhebikrechtop.aanvraag.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A row of {@code resume_token}: the SHA-256 hash of a resume link's token, never the token itself. */
@Entity
@Table(name = "resume_token")
class ResumeTokenEntity {

    @Id
    @Column(name = "token_hash")
    String tokenHash;
    @Column(name = "application_id")
    UUID applicationId;
    @Column(name = "created_at")
    Instant createdAt;
    @Column(name = "expires_at")
    Instant expiresAt;

    protected ResumeTokenEntity() {
        // for Hibernate
    }

    ResumeTokenEntity(String tokenHash, UUID applicationId, Instant createdAt, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.applicationId = applicationId;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }
}
