package nl.waarhebikrechtop.mail.internal;

import nl.waarhebikrechtop.H2SpringTest;
import org.springframework.transaction.annotation.Transactional;

/** The outbox queries on H2. */
@Transactional
class OutboxStoreTest extends H2SpringTest implements OutboxStoreContract {
}
