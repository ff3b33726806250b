package nl.waarhebikrechtop.api;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The rate limit with a tiny bucket: three requests a minute per address. */
class RateLimitFilterTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RateLimitFilter filter =
            new RateLimitFilter(new ApiProperties.RateLimit(true, 3, Duration.ofMinutes(1), 5), JSON);

    @Test
    void the_fourth_request_within_a_minute_gets_429_problem_json_with_retry_after() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(call("10.0.0.1").getStatus()).isEqualTo(200);
        }

        MockHttpServletResponse refused = call("10.0.0.1");

        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getContentType()).isEqualTo("application/problem+json");
        assertThat(Long.parseLong(refused.getHeader("Retry-After"))).isBetween(1L, 60L);
        JsonNode problem = JSON.readTree(refused.getContentAsString());
        assertThat(problem.get("status").asInt()).isEqualTo(429);
        assertThat(problem.get("message").get("nl").asString()).contains("te veel verzoeken");
        assertThat(problem.get("message").get("en").asString()).contains("too many requests");
    }

    @Test
    void a_refused_request_does_not_reach_the_endpoint() throws Exception {
        for (int i = 0; i < 3; i++) {
            call("10.0.0.1");
        }
        MockFilterChain chain = new MockFilterChain();

        filter.doFilter(request("10.0.0.1"), new MockHttpServletResponse(), chain);

        assertThat(chain.getRequest()).isNull();
    }

    @Test
    void each_address_has_its_own_bucket() throws Exception {
        for (int i = 0; i < 3; i++) {
            call("10.0.0.1");
        }

        assertThat(call("10.0.0.1").getStatus()).isEqualTo(429);
        assertThat(call("10.0.0.2").getStatus()).isEqualTo(200);
        assertThat(call("10.0.0.2").getHeader(RateLimitFilter.REMAINING)).isEqualTo("1");
    }

    @Test
    void the_buckets_kept_are_bounded_by_max_clients() throws Exception {
        for (int i = 0; i < 100; i++) {
            call("10.0.1." + i);
        }

        assertThat(filter.clients()).isEqualTo(5);
    }

    private MockHttpServletResponse call(String address) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request(address), response, new MockFilterChain());
        return response;
    }

    private static MockHttpServletRequest request(String address) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/checks");
        request.setRemoteAddr(address);
        return request;
    }
}
