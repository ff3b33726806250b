package nl.waarhebikrechtop.account.internal;

import nl.waarhebikrechtop.account.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The {@code user_account} and {@code user_account_role} tables. Passwords arrive here already hashed. */
@Repository
public class AccountStore {

    /** An account as stored: the hash is {@code {bcrypt}...}, never a password. */
    public record StoredAccount(String username, String displayName, String passwordHash, boolean enabled,
                                Set<Role> roles) {
    }

    private final JdbcClient jdbc;

    public AccountStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Optional<StoredAccount> find(String username) {
        Set<Role> roles = jdbc.sql("SELECT role FROM user_account_role WHERE username = ?").param(username)
                .query(String.class).list().stream().map(Role::valueOf).collect(Collectors.toSet());
        return jdbc.sql("SELECT username, display_name, password_hash, enabled FROM user_account WHERE username = ?")
                .param(username)
                .query((rs, row) -> new StoredAccount(rs.getString("username"), rs.getString("display_name"),
                        rs.getString("password_hash"), rs.getBoolean("enabled"), roles))
                .optional();
    }

    /** Creates the account, or replaces name, password hash and roles of an existing one (and enables it). */
    @Transactional
    public void save(String username, String displayName, String passwordHash, Set<Role> roles, Instant now) {
        int updated = jdbc.sql("UPDATE user_account SET display_name = ?, password_hash = ?, enabled = TRUE "
                        + "WHERE username = ?")
                .params(displayName, passwordHash, username).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO user_account (username, display_name, password_hash, enabled, created_at) "
                            + "VALUES (?, ?, ?, TRUE, ?)")
                    .params(username, displayName, passwordHash, now.atOffset(ZoneOffset.UTC)).update();
        }
        jdbc.sql("DELETE FROM user_account_role WHERE username = ?").param(username).update();
        for (Role role : roles) {
            jdbc.sql("INSERT INTO user_account_role (username, role) VALUES (?, ?)").params(username, role.name())
                    .update();
        }
    }
}
