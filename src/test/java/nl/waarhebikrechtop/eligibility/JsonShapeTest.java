package nl.waarhebikrechtop.eligibility;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The records travel as JSON through the API: a situation reads from JSON and an assessment writes to it. */
class JsonShapeTest {

    private final JsonMapper json = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    @Test
    void a_situation_with_dont_know_answers_reads_from_json_and_its_assessment_writes_back() {
        Situation situation = json.readValue("""
                {"municipality": "ASSEN", "moving": false, "age": 34, "partner": null,
                 "children": [{"age": 7, "school": "PRIMARY"}], "housemates": [],
                 "income": {"work": 900.50, "benefit": 0, "alimony": null, "other": 0},
                 "assets": null, "ownHome": "NO", "debts": "UNKNOWN", "receivingBijstand": "NO",
                 "monthsAtOrBelowNorm": null, "monthlyRent": 650.00}
                """, Situation.class);

        assertThat(situation.income().alimony()).isNull();
        assertThat(situation.children()).containsExactly(new Situation.Child(7, School.PRIMARY));

        JsonNode written = json.valueToTree(Engine.SERVICE.evaluate(situation, LocalDate.of(2025, 9, 1)));

        assertThat(written.get("date").asString()).isEqualTo("2025-09-01");
        JsonNode bijstand = written.get("results").get(0);
        assertThat(bijstand.get("schemeId").asString()).isEqualTo("bijstand");
        assertThat(bijstand.get("verdict").asString()).isEqualTo("MAYBE");
        assertThat(bijstand.get("reasons").get(0).get("nl").asString()).isNotBlank();
        assertThat(bijstand.get("reasons").get(0).get("en").asString()).isNotBlank();
        assertThat(bijstand.get("parametersUsed").get(0).has("effectiveFrom")).isTrue();
    }
}
