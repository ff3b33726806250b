package nl.waarhebikrechtop.api;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.waarhebikrechtop.content.LocalizedText;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A token bucket per client address ({@link HttpServletRequest#getRemoteAddr()}); an empty bucket answers 429 with
 * {@code Retry-After}, other answers tell the requests left in {@code X-RateLimit-Remaining}. Behind a reverse proxy
 * every request seems to come from the proxy: set {@code server.forward-headers-strategy=native} (or
 * {@code framework}) so that the remote address is the client's. The map of buckets is bounded: beyond
 * {@code maxClients} the least recently seen address is dropped.
 */
class RateLimitFilter extends OncePerRequestFilter {

    /** The problem's {@code message}: the same advice in Dutch and English, for clients that show it. */
    static final String MESSAGE = "message";
    static final String REMAINING = "X-RateLimit-Remaining";

    private final ApiProperties.RateLimit limit;
    private final JsonMapper json;
    private final Map<String, Bucket> buckets;

    RateLimitFilter(ApiProperties.RateLimit limit, JsonMapper json) {
        this.limit = limit;
        this.json = json;
        this.buckets = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                return size() > limit.maxClients();
            }
        };
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ConsumptionProbe probe = bucketOf(request.getRemoteAddr()).tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            response.setHeader(REMAINING, Long.toString(probe.getRemainingTokens()));
            chain.doFilter(request, response);
            return;
        }
        long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999L));
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        String waitEn = seconds + (seconds == 1 ? " second" : " seconds");
        String waitNl = seconds + (seconds == 1 ? " seconde" : " seconden");
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
                "Too many requests from this address. Try again in " + waitEn + ".");
        problem.setProperty(MESSAGE, new LocalizedText("U heeft te veel verzoeken gestuurd. Probeer het over "
                + waitNl + " opnieuw.", "You sent too many requests. Try again in " + waitEn + "."));
        ApiProblems.write(request, response, problem, json);
    }

    /** Number of client addresses remembered, for tests and monitoring. */
    int clients() {
        synchronized (buckets) {
            return buckets.size();
        }
    }

    private Bucket bucketOf(String address) {
        synchronized (buckets) {
            return buckets.computeIfAbsent(address, a -> Bucket.builder()
                    .addLimit(Bandwidth.builder().capacity(limit.capacity())
                            .refillGreedy(limit.capacity(), limit.period()).build())
                    .build());
        }
    }
}
