package nl.waarhebikrechtop.account.internal;

import nl.waarhebikrechtop.PostgresSpringTest;
import org.springframework.transaction.annotation.Transactional;

/** Accounts on PostgreSQL. */
@Transactional
class AccountStorePostgresTest extends PostgresSpringTest implements AccountStoreContract {
}
