package nl.waarhebikrechtop.account;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;

import nl.waarhebikrechtop.KaribuTest;

import java.util.Arrays;

/** For view tests: a staff member signed in with the given roles, as after a real login (KaribuTest signs out). */
public final class SignIn {

    private SignIn() {
    }

    public static void as(String username, Role... roles) {
        var authorities = Arrays.stream(roles).map(Role::authority).map(SimpleGrantedAuthority::new).toList();
        User user = new User(username, "", authorities);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, authorities));
        SecurityContextHolder.setContext(context);
        KaribuTest.fakeRequestSignedInAs(context.getAuthentication());
    }
}
