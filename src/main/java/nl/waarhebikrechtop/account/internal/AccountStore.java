package nl.waarhebikrechtop.account.internal;

import nl.waarhebikrechtop.account.Role;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/** The staff accounts ({@code user_account}, {@code user_account_role}). Passwords arrive here already hashed. */
@Repository
public class AccountStore {

    /** An account as stored: the hash is {@code {bcrypt}...}, never a password. */
    public record StoredAccount(String username, String displayName, String passwordHash, boolean enabled,
                                Set<Role> roles) {
    }

    private final AccountRepository accounts;

    AccountStore(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Transactional(readOnly = true)
    public Optional<StoredAccount> find(String username) {
        return accounts.findById(username).map(Account::toStored);
    }

    /** Creates the account, or replaces name, password hash and roles of an existing one (and enables it). */
    @Transactional
    public void save(String username, String displayName, String passwordHash, Set<Role> roles, Instant now) {
        Account account = accounts.findById(username).orElseGet(() -> new Account(username, now));
        account.update(displayName, passwordHash, roles);
        // An existing account is written by dirty checking, not by save(): save() merges, and with Hibernate 7.4 a
        // merge of an account already managed in this transaction lost the removal of its last role
        // (AccountStoreContract.an_account_may_lose_all_its_roles).
        if (account.isNew()) {
            accounts.save(account);
        }
        accounts.flush();
    }
}
