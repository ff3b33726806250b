package nl.waarhebikrechtop.schuldhulp.internal;

import jakarta.persistence.EntityManager;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/** The referral queries on H2. */
@SpringBootTest
@Transactional
class GkbReferralStoreTest implements GkbReferralStoreContract {

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
