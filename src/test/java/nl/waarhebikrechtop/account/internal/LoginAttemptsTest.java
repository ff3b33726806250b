package nl.waarhebikrechtop.account.internal;

import nl.waarhebikrechtop.TestClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class LoginAttemptsTest {

    private final TestClock clock = new TestClock();
    private final LoginAttempts attempts = new LoginAttempts(clock);

    @Test
    void five_wrong_passwords_block_the_name_for_a_quarter_of_an_hour() {
        for (int i = 0; i < LoginAttempts.MAX_FAILURES - 1; i++) {
            attempts.failed("Jan");
        }
        assertThat(attempts.blocked("jan")).isFalse();

        attempts.failed("jan ");
        assertThat(attempts.blocked("JAN")).as("names are compared without case and spaces").isTrue();
        assertThat(attempts.blocked("piet")).isFalse();

        clock.advance(LoginAttempts.WINDOW.minus(Duration.ofSeconds(1)));
        assertThat(attempts.blocked("jan")).isTrue();
        clock.advance(Duration.ofSeconds(1));
        assertThat(attempts.blocked("jan")).isFalse();
    }

    @Test
    void failures_spread_over_more_than_the_window_do_not_block() {
        for (int i = 0; i < 10; i++) {
            attempts.failed("jan");
            clock.advance(Duration.ofMinutes(4));
        }
        assertThat(attempts.blocked("jan")).isFalse();
    }

    @Test
    void a_successful_login_forgets_earlier_failures() {
        for (int i = 0; i < LoginAttempts.MAX_FAILURES - 1; i++) {
            attempts.failed("jan");
        }
        attempts.succeeded("jan");
        attempts.failed("jan");

        assertThat(attempts.blocked("jan")).isFalse();
    }
}
