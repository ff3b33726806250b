package nl.waarhebikrechtop.api;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Settings of the JSON API ({@code portal.api.*}).
 *
 * @param maxBodyBytes largest request body accepted under {@code /api/}, checked before anything is parsed
 * @param rateLimit    requests per client address
 */
@ConfigurationProperties("portal.api")
public record ApiProperties(@DefaultValue("65536") int maxBodyBytes, @DefaultValue RateLimit rateLimit) {

    /**
     * A token bucket per client address: {@code capacity} requests, refilled at {@code capacity} per
     * {@code period}. At most {@code maxClients} addresses are remembered; the least recently seen is forgotten
     * first (its bucket has usually refilled by then anyway).
     */
    public record RateLimit(@DefaultValue("true") boolean enabled, @DefaultValue("60") int capacity,
                            @DefaultValue("1m") Duration period, @DefaultValue("10000") int maxClients) {
    }
}
