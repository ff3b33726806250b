package nl.waarhebikrechtop.aanvraag.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Resume links by the hash of their token. */
interface ResumeTokenRepository extends JpaRepository<ResumeTokenEntity, String> {

    @Query("SELECT t.applicationId FROM ResumeTokenEntity t WHERE t.tokenHash = :tokenHash AND t.expiresAt > :now")
    Optional<UUID> findApplicationId(String tokenHash, Instant now);
}
