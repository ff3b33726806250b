package nl.waarhebikrechtop.account;

import nl.waarhebikrechtop.shared.ui.HasDisplayName;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Who is signed in, for services and views: {@code currentUser.get()} is empty for residents (anonymous).
 * Works in Vaadin views and in plain HTTP requests alike (it reads Spring Security's context).
 */
@Component
public class CurrentUser {

    /** The actor written to the audit log for anything done without signing in. */
    public static final String ANONYMOUS = "anonymous";

    public Optional<SignedInUser> get() {
        Authentication authentication = SecurityContextHolder.getContextHolderStrategy().getContext()
                .getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        String displayName = authentication.getPrincipal() instanceof HasDisplayName named
                ? named.displayName() : authentication.getName();
        return Optional.of(new SignedInUser(authentication.getName(), displayName,
                authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                        .flatMap(a -> Role.fromAuthority(a).stream()).collect(Collectors.toSet())));
    }

    /** The username of the signed-in user, or {@link #ANONYMOUS}: the "who" for {@link AuditLog#record}. */
    public String actor() {
        return get().map(SignedInUser::username).orElse(ANONYMOUS);
    }
}
