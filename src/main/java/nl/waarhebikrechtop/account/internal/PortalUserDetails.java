package nl.waarhebikrechtop.account.internal;

import nl.waarhebikrechtop.account.Role;
import nl.waarhebikrechtop.shared.ui.HasDisplayName;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** A signed-in staff member as Spring Security holds them: username, roles and the name the header shows. */
public class PortalUserDetails extends User implements HasDisplayName {

    private final String displayName;

    PortalUserDetails(AccountStore.StoredAccount account) {
        super(account.username(), account.passwordHash(), account.enabled(), true, true, true,
                account.roles().stream().map(Role::authority).map(SimpleGrantedAuthority::new).toList());
        this.displayName = account.displayName();
    }

    @Override
    public String displayName() {
        return displayName;
    }

    @Override
    public boolean equals(Object other) {
        return super.equals(other);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
