package nl.waarhebikrechtop.account;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a staff member may do. Spring Security sees a role as the authority {@code ROLE_<name>}; views use
 * {@code @RolesAllowed(Role.Names.CASEWORKER)}. Intermediaries (buurtteams, bewindvoerders) get their own role
 * when that feature arrives: add a constant here and in {@link Names}.
 */
public enum Role {
    /** Handles applications and referrals of residents. */
    CASEWORKER,
    /** Keeps texts, amounts and route steps current: writes drafts and offers them for review. */
    EDITOR,
    /** Reviews and publishes what an editor wrote; never their own change (four eyes). */
    PUBLISHER,
    /** Manages accounts and technical settings (e.g. the mail outbox). */
    ADMIN;

    /** The role names as compile-time constants, for annotations such as {@code @RolesAllowed}. */
    public static final class Names {
        public static final String CASEWORKER = "CASEWORKER";
        public static final String EDITOR = "EDITOR";
        public static final String PUBLISHER = "PUBLISHER";
        public static final String ADMIN = "ADMIN";

        private Names() {
        }
    }

    private static final String PREFIX = "ROLE_";

    public String authority() {
        return PREFIX + name();
    }

    /** The role behind a Spring Security authority such as {@code ROLE_ADMIN}, if it is one of ours. */
    public static Optional<Role> fromAuthority(String authority) {
        return Arrays.stream(values()).filter(role -> role.authority().equals(authority)).findFirst();
    }
}
