package nl.waarhebikrechtop.account.internal;

import nl.waarhebikrechtop.H2SpringTest;
import org.springframework.transaction.annotation.Transactional;

/** Accounts on H2. */
@Transactional
class AccountStoreTest extends H2SpringTest implements AccountStoreContract {
}
