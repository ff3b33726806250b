package nl.waarhebikrechtop.account.internal;

import jakarta.persistence.EntityManager;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/** Accounts on H2. */
@SpringBootTest
@Transactional
class AccountStoreTest implements AccountStoreContract {

    @Autowired AccountStore store;
    @Autowired JdbcClient jdbc;
    @Autowired EntityManager entityManager;

    @Override
    public AccountStore store() {
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
