package nl.waarhebikrechtop.account.internal;

import nl.waarhebikrechtop.H2SpringTest;
import org.springframework.transaction.annotation.Transactional;

/** The audit log's queries on H2. */
@Transactional
class AuditStoreTest extends H2SpringTest implements AuditStoreContract {
}
