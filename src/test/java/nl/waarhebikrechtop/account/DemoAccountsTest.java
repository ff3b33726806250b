package nl.waarhebikrechtop.account;

import nl.waarhebikrechtop.account.internal.AccountStore;
import nl.waarhebikrechtop.account.internal.DemoAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
class DemoAccountsTest {

    @Autowired DemoAccounts demoAccounts;
    @Autowired AccountStore accounts;
    @Autowired AuthenticationManager authenticationManager;

    @Test
    void every_role_gets_a_demo_account_with_a_random_password_stored_only_as_a_bcrypt_hash() {
        Map<String, String> passwords = demoAccounts.createAll();

        assertThat(passwords).containsOnlyKeys("caseworker", "editor", "publisher", "admin");
        assertThat(passwords.values()).allMatch(p -> p.matches("[a-z2-9]{4}(-[a-z2-9]{4}){3}")).doesNotHaveDuplicates();
        passwords.forEach((username, password) -> {
            AccountStore.StoredAccount stored = accounts.find(username).orElseThrow();
            assertThat(stored.passwordHash()).startsWith("{bcrypt}").doesNotContain(password);
        });
        assertThat(accounts.find("caseworker").orElseThrow().roles()).containsExactly(Role.CASEWORKER);
        assertThat(accounts.find("admin").orElseThrow().roles()).containsExactly(Role.ADMIN);
    }

    @Test
    void the_printed_password_signs_in_and_a_restart_replaces_it() {
        String first = demoAccounts.createAll().get("editor");
        Authentication signedIn = login("editor", first);
        assertThat(signedIn.getAuthorities()).extracting(Object::toString).contains("ROLE_EDITOR")
                .doesNotContain("ROLE_CASEWORKER", "ROLE_ADMIN");

        String second = demoAccounts.createAll().get("editor");

        assertThat(second).isNotEqualTo(first);
        assertThatThrownBy(() -> login("editor", first)).isInstanceOf(AuthenticationException.class);
        assertThat(login("editor", second).isAuthenticated()).isTrue();
    }

    private Authentication login(String username, String password) {
        return authenticationManager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
    }
}
