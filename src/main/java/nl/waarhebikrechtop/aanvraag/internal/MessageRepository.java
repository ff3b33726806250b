package nl.waarhebikrechtop.aanvraag.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** The conversation about an application. */
interface MessageRepository extends JpaRepository<MessageEntity, UUID> {

    List<MessageEntity> findByApplicationIdOrderByCreatedAtAsc(UUID applicationId);

    /** Of these applications, those a caseworker ever asked a question about. */
    @Query("""
            SELECT DISTINCT m.applicationId FROM MessageEntity m
            WHERE m.applicationId IN :ids AND m.author = nl.waarhebikrechtop.aanvraag.Message.Author.CASEWORKER""")
    List<UUID> findAskedAmong(Collection<UUID> ids);
}
