package nl.waarhebikrechtop.schuldhulp.internal;

import nl.waarhebikrechtop.H2SpringTest;
import org.springframework.transaction.annotation.Transactional;

/** The referral queries on H2. */
@Transactional
class GkbReferralStoreTest extends H2SpringTest implements GkbReferralStoreContract {
}
