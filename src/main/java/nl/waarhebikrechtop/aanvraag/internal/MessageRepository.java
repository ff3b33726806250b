package nl.waarhebikrechtop.aanvraag.internal;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.UUID;

/** The conversation about an application. */
interface MessageRepository extends JpaRepository<MessageEntity, UUID> {

    List<MessageEntity> findByApplicationIdOrderByCreatedAtAsc(UUID applicationId);
}
