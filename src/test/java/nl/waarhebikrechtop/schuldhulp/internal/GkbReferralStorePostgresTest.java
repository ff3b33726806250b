package nl.waarhebikrechtop.schuldhulp.internal;

import nl.waarhebikrechtop.PostgresSpringTest;
import org.springframework.transaction.annotation.Transactional;

/** The referral queries on PostgreSQL (VARCHAR ids, TIMESTAMP columns without a zone). */
@Transactional
class GkbReferralStorePostgresTest extends PostgresSpringTest implements GkbReferralStoreContract {
}
