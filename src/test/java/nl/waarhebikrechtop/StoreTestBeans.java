package nl.waarhebikrechtop;

import jakarta.persistence.EntityManager;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a store's contract test needs from the running application, whichever database it runs on:
 * {@link H2SpringTest} and {@link PostgresSpringTest} provide the context, the contract takes its beans from it.
 */
public interface StoreTestBeans {

    ApplicationContext context();

    default <T> T bean(Class<T> type) {
        return context().getBean(type);
    }

    default JdbcClient jdbc() {
        return bean(JdbcClient.class);
    }

    /** The shared, transaction-bound EntityManager (e.g. to clear it and read back from the database). */
    default EntityManager entityManager() {
        return bean(EntityManager.class);
    }
}
