package nl.waarhebikrechtop.account;

import java.util.Set;

/** The staff member behind the current request: login name, the name to show, and roles. */
public record SignedInUser(String username, String displayName, Set<Role> roles) {

    public SignedInUser {
        roles = Set.copyOf(roles);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }
}
