package nl.waarhebikrechtop.account.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import nl.waarhebikrechtop.account.Role;
import nl.waarhebikrechtop.shared.AssignedIdEntity;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/** A row of {@code user_account} with its roles from {@code user_account_role}; read as a {@link AccountStore.StoredAccount}. */
@Entity
@Table(name = "user_account")
class Account extends AssignedIdEntity<String> {

    @Id
    private String username;
    @Column(name = "display_name")
    private String displayName;
    @Column(name = "password_hash")
    private String passwordHash;
    private boolean enabled;
    @Column(name = "created_at")
    private Instant createdAt;
    /** Always needed with the account (sign-in, the current user), so loaded with it. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_account_role", joinColumns = @JoinColumn(name = "username"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = new HashSet<>();

    protected Account() {
        // for Hibernate
    }

    Account(String username, Instant createdAt) {
        this.username = username;
        this.createdAt = createdAt;
    }

    /** Replaces name, password hash and roles, and enables the account. */
    void update(String displayName, String passwordHash, Set<Role> roles) {
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.enabled = true;
        this.roles.retainAll(roles);
        this.roles.addAll(roles);
    }

    @Override
    public String getId() {
        return username;
    }

    AccountStore.StoredAccount toStored() {
        return new AccountStore.StoredAccount(username, displayName, passwordHash, enabled, Set.copyOf(roles));
    }
}
