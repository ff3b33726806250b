package nl.waarhebikrechtop;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** A clock that tests move forward by hand, e.g. past a retry backoff. Import {@link Config} to use it. */
public final class TestClock extends Clock {

    private volatile Instant now = Instant.parse("2026-03-02T09:00:00Z");
    private final ZoneId zone = ZoneId.of("Europe/Amsterdam");

    /** Puts the clock at a moment, e.g. back at the start for each test in a context that shares this clock. */
    public void set(Instant instant) {
        now = instant;
    }

    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("a test clock keeps its zone");
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {
        @Bean
        @Primary
        TestClock testClock() {
            return new TestClock();
        }
    }
}
