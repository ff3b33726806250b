package nl.waarhebikrechtop.schuldhulp.internal;

import jakarta.persistence.EntityManager;
import nl.waarhebikrechtop.PostgresSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/** The referral queries on PostgreSQL (VARCHAR ids, TIMESTAMP columns without a zone). */
@Transactional
class GkbReferralStorePostgresTest extends PostgresSpringTest implements GkbReferralStoreContract {

    @Autowired GkbReferralStore store;
    @Autowired JdbcClient jdbc;
    @Autowired EntityManager entityManager;

    @Override
    public GkbReferralStore store() {
        return store;
    }

    @Override
    public JdbcClient jdbc() {
        return jdbc;
    }

    @Override
    public EntityManager entityManager() {
        return entityManager;
    }
}
