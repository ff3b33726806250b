package nl.waarhebikrechtop.account.internal;

import nl.waarhebikrechtop.account.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * For trying the portal out: with {@code portal.demo-accounts.enabled=true} (the H2 default; off in the
 * {@code postgres} profile unless set) every start gives the demo accounts new random passwords and prints them
 * in the log. The passwords are stored only as bcrypt hashes.
 */
@Component
public class DemoAccounts implements ApplicationRunner {

    /** A demo account: login name, the name shown in the header, its roles. */
    public record DemoAccount(String username, String displayName, Set<Role> roles) {
    }

    public static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("caseworker", "Demo klantmanager", Set.of(Role.CASEWORKER)),
            new DemoAccount("editor", "Demo redacteur", Set.of(Role.EDITOR)),
            new DemoAccount("publisher", "Demo publicist", Set.of(Role.PUBLISHER)),
            new DemoAccount("admin", "Demo beheerder", Set.of(Role.ADMIN)));

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);
    // No 0/O, 1/l/I: the passwords are read off a log and typed in.
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

    private final AccountStore store;
    private final PasswordEncoder encoder;
    private final Clock clock;
    private final boolean enabled;
    private final SecureRandom random = new SecureRandom();

    DemoAccounts(AccountStore store, PasswordEncoder encoder, Clock clock,
                 @Value("${portal.demo-accounts.enabled:false}") boolean enabled) {
        this.store = store;
        this.encoder = encoder;
        this.clock = clock;
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (enabled) {
            print(createAll());
        }
    }

    /** Creates or resets every demo account with a new password; returns username to password. */
    public Map<String, String> createAll() {
        Map<String, String> passwords = new LinkedHashMap<>();
        for (DemoAccount account : ACCOUNTS) {
            String password = newPassword();
            store.save(account.username(), account.displayName(), encoder.encode(password), account.roles(),
                    clock.instant());
            passwords.put(account.username(), password);
        }
        return passwords;
    }

    String newPassword() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            if (i > 0 && i % 4 == 0) {
                password.append('-');
            }
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }

    private static void print(Map<String, String> passwords) {
        StringBuilder block = new StringBuilder("\n\n==================== DEMO ACCOUNTS ====================\n")
                .append("Log in at /login. New passwords at every start (portal.demo-accounts.enabled=true).\n");
        for (DemoAccount account : ACCOUNTS) {
            block.append(String.format("  %-11s %s   roles: %s%n", account.username(),
                    passwords.get(account.username()), account.roles()));
        }
        block.append("========================================================\n");
        log.warn(block.toString());
    }
}
