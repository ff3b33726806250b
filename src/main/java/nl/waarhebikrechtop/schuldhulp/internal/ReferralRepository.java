package nl.waarhebikrechtop.schuldhulp.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

interface ReferralRepository extends JpaRepository<Referral, UUID> {

    List<Referral> findAllByOrderByVisitDueAscCreatedAtAsc();

    @Transactional
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("delete from Referral r where r.createdAt < :before")
    int deleteCreatedBefore(Instant before);
}
