package nl.waarhebikrechtop.api;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.time.Clock;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /api/v1/checks} against the real server (Tomcat, Vaadin's servlet, the API filters, Spring MVC).
 * The rate limit is raised here so that the many requests of these tests never meet it; RateLimitFilterTest
 * covers the 429.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "portal.api.rate-limit.capacity=100000")
class ChecksApiTest {

    static final String PROBLEM_JSON = "application/problem+json";

    /** A single parent in Assen, 34, working part-time, with a child in primary and one in secondary school. */
    static final String SINGLE_PARENT_IN_ASSEN = """
            {"municipality": "ASSEN", "age": 34,
             "children": [{"age": 8, "school": "PRIMARY"}, {"age": 13, "school": "SECONDARY"}],
             "income": {"work": 1200, "benefit": 0, "alimony": 0, "other": 0},
             "assets": 1000, "ownHome": "NO", "debts": "NO", "receivingBijstand": "NO",
             "monthsAtOrBelowNorm": 12, "monthlyRent": 650, "studyFinance": "NO", "date": "2026-03-01"}
            """;

    @LocalServerPort
    int port;

    @Autowired
    Clock clock;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @Test
    void a_single_parent_on_a_low_wage_is_likely_entitled_to_a_bijstand_top_up_and_the_child_schemes() {
        ApiClient.Answer answer = api.post("/api/v1/checks", SINGLE_PARENT_IN_ASSEN);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("application/json");
        JsonNode body = answer.json();
        assertThat(body.get("date").asString()).isEqualTo("2026-03-01");
        assertThat(body.get("municipality").asString()).isEqualTo("ASSEN");

        JsonNode bijstand = result(body, "bijstand");
        assertThat(bijstand.get("verdict").asString()).isEqualTo("LIKELY");
        assertThat(bijstand.get("estimate").get("amount").decimalValue()).isEqualByComparingTo("169.06");
        assertThat(bijstand.get("estimate").get("period").asString()).isEqualTo("MONTH");
        assertThat(texts(bijstand.get("reasons"), "nl")).anyMatch(r -> r.contains("€ 1.200,00")
                && r.contains("€ 1.369,06"));
        assertThat(texts(bijstand.get("reasons"), "en")).anyMatch(r -> r.contains("€1,200.00")
                && r.contains("€1,369.06"));

        JsonNode meedoen = result(body, "meedoenpremie");
        assertThat(meedoen.get("verdict").asString()).isEqualTo("LIKELY");
        assertThat(meedoen.get("estimate").get("amount").decimalValue()).isEqualByComparingTo("510");
        assertThat(result(body, "kindpakket").get("verdict").asString()).isEqualTo("LIKELY");
        assertThat(result(body, "kindpakket").get("provisions")).isNotEmpty();
        assertThat(result(body, "schuldhulp").get("verdict").asString()).isEqualTo("UNLIKELY");
        assertThat(result(body, "individuele-inkomenstoeslag").get("verdict").asString()).isEqualTo("UNLIKELY");
        assertThat(result(body, "zorgtoeslag").get("national").asBoolean()).isTrue();
    }

    @Test
    void study_finance_left_out_is_read_as_dont_know_and_yes_excludes_bijstand() {
        String without = SINGLE_PARENT_IN_ASSEN.replace("\"studyFinance\": \"NO\", ", "");
        assertThat(without).doesNotContain("studyFinance");
        assertThat(result(api.post("/api/v1/checks", without).json(), "bijstand").get("verdict").asString())
                .isEqualTo("MAYBE");

        String student = SINGLE_PARENT_IN_ASSEN.replace("\"studyFinance\": \"NO\"", "\"studyFinance\": \"YES\"");
        JsonNode bijstand = result(api.post("/api/v1/checks", student).json(), "bijstand");
        assertThat(bijstand.get("verdict").asString()).isEqualTo("UNLIKELY");
        assertThat(bijstand.get("reasons").toString()).contains("studiefinanciering");
    }

    @Test
    void an_unknown_income_is_sent_as_null_and_turns_bijstand_into_maybe() {
        String body = SINGLE_PARENT_IN_ASSEN.replace("\"work\": 1200", "\"work\": null");

        ApiClient.Answer answer = api.post("/api/v1/checks", body);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(result(answer.json(), "bijstand").get("verdict").asString()).isEqualTo("MAYBE");
    }

    @Test
    void a_check_without_a_date_uses_today() {
        String body = SINGLE_PARENT_IN_ASSEN.replace(", \"date\": \"2026-03-01\"", "");

        ApiClient.Answer answer = api.post("/api/v1/checks", body);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("date").asString()).isEqualTo(LocalDate.now(clock).toString());
    }

    @Test
    void a_resident_elsewhere_gets_only_national_schemes_and_a_note() {
        String body = SINGLE_PARENT_IN_ASSEN.replace("\"ASSEN\"", "\"ELSEWHERE\"");

        JsonNode answer = api.post("/api/v1/checks", body).json();

        assertThat(answer.get("results").valueStream().map(r -> r.get("national").asBoolean())).containsOnly(true);
        assertThat(texts(answer.get("notes"), "en")).anyMatch(n -> n.contains("your own municipality"));
    }

    @Test
    void broken_json_is_a_bad_request_about_the_body() {
        ApiClient.Answer answer = api.post("/api/v1/checks", "{\"age\": 34,");

        assertProblem(answer, 400);
        assertThat(answer.errorFields()).containsExactly("body");
        assertThat(answer.json().get("errors").get(0).get("message").get("nl").asString()).contains("regel 1");
    }

    @Test
    void an_empty_body_is_a_bad_request_about_the_body() {
        ApiClient.Answer answer = api.post("/api/v1/checks", "");

        assertProblem(answer, 400);
        assertThat(answer.errorFields()).containsExactly("body");
    }

    @Test
    void an_unknown_field_is_named_with_its_path() {
        ApiClient.Answer answer = api.post("/api/v1/checks",
                SINGLE_PARENT_IN_ASSEN.replace("\"benefit\": 0", "\"salary\": 0"));

        assertProblem(answer, 400);
        assertThat(answer.errorFields()).containsExactly("income.salary");
        assertThat(answer.json().get("errors").get(0).get("key").asString()).isEqualTo("api.error.unknownField");
    }

    @Test
    void a_word_where_a_number_belongs_is_named() {
        ApiClient.Answer answer = api.post("/api/v1/checks",
                SINGLE_PARENT_IN_ASSEN.replace("\"age\": 34", "\"age\": \"thirty-four\""));

        assertProblem(answer, 400);
        assertThat(answer.errorFields()).containsExactly("age");
    }

    @Test
    void a_decimal_age_is_refused_rather_than_cut_off() {
        ApiClient.Answer answer = api.post("/api/v1/checks",
                SINGLE_PARENT_IN_ASSEN.replace("\"age\": 34", "\"age\": 34.7"));

        assertProblem(answer, 400);
        assertThat(answer.errorFields()).containsExactly("age");
    }

    @Test
    void a_number_too_large_for_an_age_is_named() {
        ApiClient.Answer answer = api.post("/api/v1/checks",
                SINGLE_PARENT_IN_ASSEN.replace("{\"age\": 8,", "{\"age\": 80000000000,"));

        assertProblem(answer, 400);
        assertThat(answer.errorFields()).containsExactly("children[0].age");
    }

    @Test
    void an_unknown_school_type_is_named_and_the_choices_are_listed() {
        ApiClient.Answer answer = api.post("/api/v1/checks",
                SINGLE_PARENT_IN_ASSEN.replace("\"SECONDARY\"", "\"UNIVERSITY\""));

        assertProblem(answer, 400);
        assertThat(answer.errorFields()).containsExactly("children[1].school");
        assertThat(answer.json().get("errors").get(0).get("message").get("en").asString())
                .contains("NONE, PRIMARY, SECONDARY, MBO_OR_OTHER, UNKNOWN");
    }

    @Test
    void an_impossible_date_is_named() {
        ApiClient.Answer answer = api.post("/api/v1/checks",
                SINGLE_PARENT_IN_ASSEN.replace("2026-03-01", "2026-02-30"));

        assertProblem(answer, 400);
        assertThat(answer.errorFields()).containsExactly("date");
    }

    @Test
    void absurd_values_are_each_named_in_dutch_and_english() {
        String body = SINGLE_PARENT_IN_ASSEN.replace("\"age\": 34", "\"age\": 200")
                .replace("\"work\": 1200", "\"work\": -5")
                .replace("\"monthlyRent\": 650", "\"monthlyRent\": 650.123")
                .replace("2026-03-01", "1850-01-01");

        ApiClient.Answer answer = api.post("/api/v1/checks", body);

        assertProblem(answer, 400);
        assertThat(answer.errorFields()).containsExactlyInAnyOrder("age", "income.work", "monthlyRent", "date");
        JsonNode age = answer.json().get("errors").valueStream()
                .filter(e -> e.get("field").asString().equals("age")).findFirst().orElseThrow();
        assertThat(age.get("key").asString()).isEqualTo("eligibility.error.age");
        assertThat(age.get("message").get("nl").asString())
                .isEqualTo("Vul een leeftijd in van 15 tot en met 120 jaar.");
        assertThat(age.get("message").get("en").asString()).isEqualTo("Enter an age from 15 to 120.");
    }

    @Test
    void more_than_twenty_children_are_refused() {
        String children = ("{\"age\": 3, \"school\": \"NONE\"}, ").repeat(20) + "{\"age\": 3, \"school\": \"NONE\"}";
        String body = SINGLE_PARENT_IN_ASSEN.replaceFirst("\"children\": \\[.*?]", "\"children\": [" + children + "]");

        ApiClient.Answer answer = api.post("/api/v1/checks", body);

        assertProblem(answer, 400);
        assertThat(answer.errorFields()).containsExactly("children");
    }

    @Test
    void missing_answers_are_named_once_each() {
        ApiClient.Answer answer = api.post("/api/v1/checks", """
                {"children": [{"school": "PRIMARY"}], "income": {}}
                """);

        assertProblem(answer, 400);
        assertThat(answer.errorFields()).containsExactlyInAnyOrder("age", "children[0].age", "municipality",
                "ownHome", "debts", "receivingBijstand");
    }

    @Test
    void a_body_over_64_kilobytes_is_refused_before_it_is_parsed() {
        // Not valid JSON on purpose: a parser would complain about the syntax, the size check names the body size.
        String big = "{\"x\": \"" + "a".repeat(64 * 1024) + "\"";

        for (ApiClient.Answer answer : new ApiClient.Answer[] {api.post("/api/v1/checks", big),
                api.postChunked("/api/v1/checks", big)}) {
            assertProblem(answer, 400);
            assertThat(answer.errorFields()).containsExactly("body");
            assertThat(answer.json().get("errors").get(0).get("key").asString()).isEqualTo("api.error.bodyTooLarge");
        }
    }

    @Test
    void a_body_of_exactly_64_kilobytes_is_read() {
        String padded = SINGLE_PARENT_IN_ASSEN.replace("{\"municipality\"", "{" + " ".repeat(
                64 * 1024 - SINGLE_PARENT_IN_ASSEN.length()) + "\"municipality\"");
        assertThat(padded.getBytes(java.nio.charset.StandardCharsets.UTF_8)).hasSize(64 * 1024);

        assertThat(api.post("/api/v1/checks", padded).status()).isEqualTo(200);
        assertThat(api.postChunked("/api/v1/checks", padded).status()).isEqualTo(200);
    }

    @Test
    void the_wrong_method_is_405_problem_json() {
        ApiClient.Answer answer = api.get("/api/v1/checks");

        assertProblem(answer, 405);
        assertThat(answer.header("Allow")).isEqualTo("POST");
    }

    @Test
    void the_wrong_content_type_is_415_problem_json() {
        assertProblem(api.post("/api/v1/checks", "text/plain", "age=34"), 415);
    }

    @Test
    void an_unknown_api_path_is_404_problem_json_not_a_vaadin_page() {
        assertProblem(api.get("/api/x"), 404);
        assertProblem(api.get("/api/v1/nothing-here", "text/html"), 404);
        assertProblem(api.delete("/api/v2/checks"), 404);
    }

    @Test
    void responses_tell_how_many_requests_are_left() {
        ApiClient.Answer answer = api.get("/api/v1/schemes");

        assertThat(answer.header(RateLimitFilter.REMAINING)).isNotNull();
        assertThat(Long.parseLong(answer.header(RateLimitFilter.REMAINING))).isLessThan(100000);
    }

    static void assertProblem(ApiClient.Answer answer, int status) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.contentType()).isEqualTo(PROBLEM_JSON);
        JsonNode problem = answer.json();
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asString()).isNotBlank();
        assertThat(answer.body()).doesNotContain("Exception", "at nl.", "at org.", "<html");
    }

    static JsonNode result(JsonNode assessment, String schemeId) {
        return assessment.get("results").valueStream()
                .filter(r -> r.get("schemeId").asString().equals(schemeId)).findFirst()
                .orElseThrow(() -> new AssertionError("no result for " + schemeId));
    }

    static java.util.List<String> texts(JsonNode localizedTexts, String language) {
        return localizedTexts.valueStream().map(t -> t.get(language).asString()).toList();
    }
}
