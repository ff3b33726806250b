package nl.waarhebikrechtop.check.internal;

import nl.waarhebikrechtop.PostgresSpringTest;
import org.springframework.transaction.annotation.Transactional;

/** The counters on PostgreSQL (INSERT ... ON CONFLICT). */
@Transactional
class CounterStorePostgresTest extends PostgresSpringTest implements CounterStoreContract {
}
