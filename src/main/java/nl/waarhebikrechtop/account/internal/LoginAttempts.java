package nl.waarhebikrechtop.account.internal;

import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing: after {@link #MAX_FAILURES} wrong passwords for one username within
 * {@link #WINDOW}, that username cannot log in until the oldest failure is a window old. Counted for any name,
 * existing or not, so the block says nothing about which accounts exist. Kept in memory per node: with several
 * nodes an attacker gets a few more guesses, which is acceptable for staff accounts behind this limit.
 */
@Component
public class LoginAttempts {

    public static final int MAX_FAILURES = 5;
    public static final Duration WINDOW = Duration.ofMinutes(15);
    private static final int MAX_TRACKED_NAMES = 10_000;

    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    LoginAttempts(Clock clock) {
        this.clock = clock;
    }

    public boolean blocked(String username) {
        Deque<Instant> recent = failures.get(key(username));
        if (recent == null) {
            return false;
        }
        synchronized (recent) {
            forgetOld(recent);
            return recent.size() >= MAX_FAILURES;
        }
    }

    public void failed(String username) {
        if (failures.size() > MAX_TRACKED_NAMES) {
            failures.clear(); // a flood of made-up names must not exhaust memory
        }
        Deque<Instant> recent = failures.computeIfAbsent(key(username), k -> new ArrayDeque<>());
        synchronized (recent) {
            forgetOld(recent);
            recent.addLast(clock.instant());
        }
    }

    public void succeeded(String username) {
        failures.remove(key(username));
    }

    private void forgetOld(Deque<Instant> recent) {
        Instant cutoff = clock.instant().minus(WINDOW);
        while (!recent.isEmpty() && !recent.peekFirst().isAfter(cutoff)) {
            recent.removeFirst();
        }
    }

    private static String key(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }
}
