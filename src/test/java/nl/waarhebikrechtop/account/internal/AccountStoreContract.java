package nl.waarhebikrechtop.account.internal;

import nl.waarhebikrechtop.StoreTestBeans;
import nl.waarhebikrechtop.account.Role;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Accounts and their roles, on H2 ({@link AccountStoreTest}) and PostgreSQL ({@link AccountStorePostgresTest}), each
 * test in a transaction that is rolled back.
 */
// On the interface: Spring looks for @Transactional on the class that declares the test method, here this one
@Transactional
interface AccountStoreContract extends StoreTestBeans {

    Instant NOW = Instant.parse("2026-03-02T09:00:00.123456Z");

    default AccountStore store() {
        return bean(AccountStore.class);
    }

    private long roleRows(String username) {
        return jdbc().sql("SELECT COUNT(*) FROM user_account_role WHERE username = ?").param(username)
                .query(Long.class).single();
    }

    @Test
    default void a_new_account_is_stored_enabled_with_its_roles() {
        store().save("piet", "Piet Jansen", "{bcrypt}x", Set.of(Role.CASEWORKER, Role.ADMIN), NOW);
        entityManager().clear();

        assertThat(store().find("piet")).contains(new AccountStore.StoredAccount("piet", "Piet Jansen", "{bcrypt}x",
                true, Set.of(Role.CASEWORKER, Role.ADMIN)));
        assertThat(jdbc().sql("SELECT created_at FROM user_account WHERE username = 'piet'").query(Instant.class)
                .single()).isEqualTo(NOW);
        assertThat(store().find("nobody")).isEmpty();
    }

    @Test
    default void saving_again_replaces_name_hash_and_roles_and_enables_the_account() {
        store().save("piet", "Piet Jansen", "{bcrypt}x", Set.of(Role.CASEWORKER, Role.ADMIN), NOW);
        jdbc().sql("UPDATE user_account SET enabled = FALSE WHERE username = 'piet'").update();
        entityManager().clear();

        store().save("piet", "Piet de Vries", "{bcrypt}y", Set.of(Role.EDITOR, Role.ADMIN), NOW.plusSeconds(60));
        entityManager().clear();

        assertThat(store().find("piet")).contains(new AccountStore.StoredAccount("piet", "Piet de Vries",
                "{bcrypt}y", true, Set.of(Role.EDITOR, Role.ADMIN)));
        assertThat(roleRows("piet")).isEqualTo(2);
        assertThat(jdbc().sql("SELECT created_at FROM user_account WHERE username = 'piet'").query(Instant.class)
                .single()).as("created once").isEqualTo(NOW);
    }

    @Test
    default void an_account_may_lose_all_its_roles() {
        store().save("piet", "Piet Jansen", "{bcrypt}x", Set.of(Role.CASEWORKER), NOW);
        store().save("piet", "Piet Jansen", "{bcrypt}x", Set.of(), NOW);
        entityManager().clear();

        assertThat(store().find("piet").orElseThrow().roles()).isEmpty();
        assertThat(roleRows("piet")).isZero();
    }
}
