package nl.waarhebikrechtop.eligibility;

import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs every case in {@code content/scenarios/*.yaml} as a test named by its sentence. */
class ScenarioTest {

    private static final Path FOLDER = Path.of("content", "scenarios");

    @TestFactory
    Stream<DynamicContainer> scenarios_from_content_give_the_expected_outcome() throws IOException {
        return files().stream().map(file -> DynamicContainer.dynamicContainer(file.getFileName().toString(),
                Scenario.read(file).stream().map(s -> DynamicTest.dynamicTest(s.name(), () -> check(s)))));
    }

    @Test
    void the_scenarios_cover_at_least_sixty_cases_every_scheme_and_every_verdict() throws IOException {
        List<Scenario> all = new ArrayList<>();
        for (Path file : files()) {
            all.addAll(Scenario.read(file));
        }
        Set<String> schemes = new HashSet<>();
        Set<String> verdicts = new HashSet<>();
        all.forEach(s -> s.expect().forEach((scheme, expected) -> {
            schemes.add(scheme);
            if (expected.has("verdict")) {
                verdicts.add(expected.get("verdict").asString());
            }
        }));
        assertThat(all).hasSizeGreaterThanOrEqualTo(150);
        assertThat(all).extracting(Scenario::name).doesNotHaveDuplicates();
        assertThat(schemes).containsAll(Engine.SERVICE_SCHEME_IDS);
        assertThat(verdicts).containsExactlyInAnyOrder("LIKELY", "MAYBE", "UNLIKELY");
    }

    private static List<Path> files() throws IOException {
        try (Stream<Path> files = Files.list(FOLDER)) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    private static void check(Scenario scenario) {
        Assessment assessment = Engine.SERVICE.evaluate(scenario.situation(), scenario.date());
        for (Map.Entry<String, JsonNode> entry : scenario.expect().entrySet()) {
            String scheme = entry.getKey();
            JsonNode expected = entry.getValue();
            SchemeResult result = assessment.result(scheme);
            String context = scenario.file() + " / " + scenario.name() + " / " + scheme + "\n" + describe(result);
            if (expected.isString() && expected.asString().equals("absent")) {
                assertThat(result).as(context).isNull();
                continue;
            }
            assertThat(result).as(context).isNotNull();
            if (expected.has("verdict")) {
                assertThat(result.verdict().name()).as(context).isEqualTo(expected.get("verdict").asString());
            }
            if (expected.has("amount")) {
                if (expected.get("amount").isNull()) {
                    assertThat(result.estimate()).as(context).isNull();
                } else {
                    assertThat(result.estimate()).as(context).isNotNull();
                    assertThat(result.estimate().amount()).as(context)
                            .isEqualByComparingTo(new BigDecimal(expected.get("amount").asString()));
                }
            }
            if (expected.has("reason")) {
                assertThat(result.reasons()).as(context)
                        .anySatisfy(r -> assertThat(r.nl()).contains(expected.get("reason").asString()));
            }
            if (expected.has("wouldQualifyIf")) {
                assertThat(result.wouldQualifyIf()).as(context).isNotNull();
                assertThat(result.wouldQualifyIf().nl()).as(context)
                        .contains(expected.get("wouldQualifyIf").asString());
            }
            if (expected.has("unconfirmed")) {
                for (JsonNode id : expected.get("unconfirmed")) {
                    assertThat(result.unconfirmedParameters()).as(context).contains(id.asString());
                }
            }
            if (expected.has("provisions")) {
                List<String> ids = new ArrayList<>();
                expected.get("provisions").forEach(p -> ids.add(p.asString()));
                assertThat(result.provisions()).as(context).extracting(ProvisionMatch::id)
                        .containsExactlyInAnyOrderElementsOf(ids);
            }
        }
    }

    private static String describe(SchemeResult result) {
        if (result == null) {
            return "(no result)";
        }
        StringBuilder text = new StringBuilder(result.verdict() + " estimate=" + result.estimate() + "\n");
        result.reasons().forEach(r -> text.append("  - ").append(r.nl()).append('\n'));
        return text.toString();
    }
}
