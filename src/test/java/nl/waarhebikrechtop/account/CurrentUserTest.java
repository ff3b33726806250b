package nl.waarhebikrechtop.account;

import nl.waarhebikrechtop.account.internal.AccountStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.time.Instant;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
class CurrentUserTest {

    @Autowired CurrentUser currentUser;
    @Autowired AccountStore accounts;
    @Autowired PasswordEncoder encoder;
    @Autowired AuthenticationManager authenticationManager;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_resident_is_nobody_and_acts_as_anonymous() {
        assertThat(currentUser.get()).isEmpty();
        assertThat(currentUser.actor()).isEqualTo(CurrentUser.ANONYMOUS);
    }

    @Test
    void a_signed_in_staff_member_has_a_name_to_show_and_roles() {
        accounts.save("current-test", "Jan de Vries", encoder.encode("secret-secret"),
                Set.of(Role.CASEWORKER, Role.ADMIN), Instant.now());
        SecurityContextHolder.getContext().setAuthentication(authenticationManager.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated("current-test", "secret-secret")));

        SignedInUser user = currentUser.get().orElseThrow();

        assertThat(user.username()).isEqualTo("current-test");
        assertThat(user.displayName()).isEqualTo("Jan de Vries");
        assertThat(user.roles()).containsExactlyInAnyOrder(Role.CASEWORKER, Role.ADMIN);
        assertThat(user.hasRole(Role.EDITOR)).isFalse();
        assertThat(currentUser.actor()).isEqualTo("current-test");
    }
}
