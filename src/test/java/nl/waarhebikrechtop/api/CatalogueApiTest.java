package nl.waarhebikrechtop.api;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static nl.waarhebikrechtop.api.ChecksApiTest.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/** The read-only endpoints and the API documentation, against the real server. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "portal.api.rate-limit.capacity=100000")
class CatalogueApiTest {

    @LocalServerPort
    int port;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @Test
    void schemes_come_with_texts_in_both_languages_and_their_scope_per_municipality() {
        ApiClient.Answer answer = api.get("/api/v1/schemes");

        assertThat(answer.status()).isEqualTo(200);
        JsonNode meedoen = scheme(answer.json(), "meedoenpremie");
        assertThat(meedoen.get("national").asBoolean()).isFalse();
        assertThat(meedoen.get("name").get("nl").asString()).isNotBlank();
        assertThat(meedoen.get("name").get("en").asString()).isNotBlank();
        assertThat(meedoen.get("scope").get("ASSEN").asString()).isEqualTo("CONFIRMED");
        assertThat(meedoen.get("scope").get("ELSEWHERE").asString()).isEqualTo("NOT_OFFERED");
        assertThat(scheme(answer.json(), "zorgtoeslag").get("scope").get("ELSEWHERE").asString())
                .isEqualTo("CONFIRMED");
    }

    @Test
    void schemes_can_be_narrowed_to_one_municipality() {
        JsonNode elsewhere = api.get("/api/v1/schemes?municipality=ELSEWHERE").json();

        assertThat(elsewhere).isNotEmpty();
        assertThat(elsewhere.valueStream().map(s -> s.get("national").asBoolean())).containsOnly(true);
        assertProblem(api.get("/api/v1/schemes?municipality=GRONINGEN"), 400);
    }

    @Test
    void parameters_show_the_value_in_force_with_its_own_source_last_check_confirmation_and_staleness() {
        JsonNode march = api.get("/api/v1/parameters?date=2026-03-01").json();
        JsonNode november = api.get("/api/v1/parameters?date=2026-11-23").json();
        JsonNode september2025 = api.get("/api/v1/parameters?date=2025-09-01").json();

        assertThat(march.get("date").asString()).isEqualTo("2026-03-01");
        JsonNode norm = parameter(march, "bijstand.norm.single");
        assertThat(norm.get("effectiveFrom").asString()).isEqualTo("2026-01-01");
        assertThat(norm.get("unit").asString()).isEqualTo("EUR_PER_MONTH");
        assertThat(norm.get("value").decimalValue()).isPositive();
        assertThat(norm.get("source").asString()).startsWith("https://");
        assertThat(norm.get("lastChecked").isNull()).as("the carried-over 2026 value was never checked").isTrue();
        assertThat(norm.get("confirmed").asBoolean()).isFalse();
        assertThat(norm.get("inForce").asBoolean()).isTrue();
        assertThat(norm.get("changes").asString()).isEqualTo("HALF_YEARLY");
        assertThat(norm.get("stale").asBoolean()).isFalse();
        assertThat(norm.get("staleSince").isNull()).isTrue();

        JsonNode checked = parameter(september2025, "bijstand.norm.single");
        assertThat(checked.get("effectiveFrom").asString()).isEqualTo("2025-07-01");
        assertThat(checked.get("source").asString()).startsWith("https://")
                .isNotEqualTo(parameter(api.get("/api/v1/parameters?date=2025-03-01").json(), "bijstand.norm.single")
                        .get("source").asString());
        assertThat(checked.get("lastChecked").asString()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(checked.get("confirmed").asBoolean()).isTrue();

        JsonNode stale = parameter(november, "bijstand.norm.single");
        assertThat(stale.get("stale").asBoolean()).isTrue();
        assertThat(stale.get("staleSince").asString()).isEqualTo("2026-07-01");
        assertThat(parameter(november, "zorgtoeslag.income_limit.single").get("stale").asBoolean()).isFalse();
    }

    @Test
    void a_parameter_date_that_is_not_a_date_or_absurd_is_named() {
        for (String date : new String[] {"garbage", "2026-13-01", "1850-01-01"}) {
            ApiClient.Answer answer = api.get("/api/v1/parameters?date=" + date);
            assertProblem(answer, 400);
            assertThat(answer.errorFields()).containsExactly("date");
        }
    }

    @Test
    void the_openapi_document_lists_the_three_endpoints() {
        ApiClient.Answer answer = api.get("/v3/api-docs");

        assertThat(answer.status()).isEqualTo(200);
        JsonNode paths = answer.json().get("paths");
        assertThat(paths.propertyNames()).containsExactlyInAnyOrder("/api/v1/checks", "/api/v1/schemes",
                "/api/v1/parameters");
        assertThat(paths.get("/api/v1/checks").has("post")).isTrue();
        assertThat(paths.get("/api/v1/parameters").get("get").get("parameters").get(0).get("name").asString())
                .isEqualTo("date");
    }

    @Test
    void the_swagger_ui_page_answers() {
        ApiClient.Answer answer = api.get("/swagger-ui/index.html");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("text/html");
        assertThat(answer.body()).contains("swagger-ui");
    }

    private static JsonNode scheme(JsonNode schemes, String id) {
        return schemes.valueStream().filter(s -> s.get("id").asString().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no scheme " + id));
    }

    private static JsonNode parameter(JsonNode response, String id) {
        return response.get("parameters").valueStream().filter(p -> p.get("id").asString().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no parameter " + id));
    }
}
