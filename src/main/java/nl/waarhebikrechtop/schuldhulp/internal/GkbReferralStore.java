package nl.waarhebikrechtop.schuldhulp.internal;

import nl.waarhebikrechtop.schuldhulp.GkbReferral;
import nl.waarhebikrechtop.schuldhulp.GkbReferralService;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The {@code gkb_referral} table, read as {@link GkbReferral} records. Only {@link GkbReferralService} uses it. */
@Repository
public class GkbReferralStore {

    private final ReferralRepository referrals;

    GkbReferralStore(ReferralRepository referrals) {
        this.referrals = referrals;
    }

    /** Stores a new referral with the moment the resident gave consent. */
    @Transactional
    public void insert(GkbReferral referral, Instant consentAt) {
        referrals.saveAndFlush(new Referral(referral, consentAt));
    }

    /** All referrals, oldest visit date first, then oldest first. */
    @Transactional(readOnly = true)
    public List<GkbReferral> list() {
        return referrals.findAllByOrderByVisitDueAscCreatedAtAsc().stream().map(Referral::toReferral).toList();
    }

    /** Marks a referral contacted; an unknown id changes nothing. */
    @Transactional
    public void markContacted(UUID id) {
        referrals.findById(id).ifPresent(Referral::contacted);
    }

    /** Deletes the referrals made before the given moment; returns how many. */
    @Transactional
    public int deleteCreatedBefore(Instant before) {
        return referrals.deleteCreatedBefore(before);
    }
}
