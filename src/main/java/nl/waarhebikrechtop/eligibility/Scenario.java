package nl.waarhebikrechtop.eligibility;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One case from {@code content/scenarios/*.yaml}: a sentence, a date, a situation (only what differs from the
 * defaults below) and the expected outcome per scheme.
 * <p>
 * Defaults: Assen, not moving, no partner, no children or housemates, income 0 from every source, assets 0, no own
 * home, no debts, no bijstand, no study finance, months and rent unknown. {@code null} in a scenario means "weet ik niet".
 * <p>
 * Read by the tests ({@code ScenarioTest}) and by the impact preview staff see before they publish a value.
 */
public record Scenario(String file, String name, LocalDate date, Situation situation, Map<String, JsonNode> expect) {

    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private static final String DEFAULTS = """
            municipality: ASSEN
            moving: false
            partner: null
            children: []
            housemates: []
            income: {work: 0, benefit: 0, alimony: 0, other: 0}
            assets: 0
            ownHome: "NO"
            debts: "NO"
            receivingBijstand: "NO"
            monthsAtOrBelowNorm: null
            monthlyRent: null
            studyFinance: "NO"
            """;

    /** Every scenario of every {@code *.yaml} in the folder, by file name. */
    public static List<Scenario> readFolder(Path folder) {
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(folder)) {
            List<Scenario> all = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                all.addAll(read(file));
            }
            return all;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read the scenarios in " + folder, e);
        }
    }

    public static List<Scenario> read(Path file) {
        JsonNode root = YAML.readTree(file.toFile());
        List<Scenario> scenarios = new ArrayList<>();
        for (JsonNode node : root.get("scenarios")) {
            ObjectNode situation = (ObjectNode) YAML.readTree(DEFAULTS);
            merge(situation, node.get("situation"));
            Map<String, JsonNode> expect = new java.util.LinkedHashMap<>();
            node.get("expect").properties().forEach(e -> expect.put(e.getKey(), e.getValue()));
            scenarios.add(new Scenario(file.getFileName().toString(), node.get("name").asString(),
                    LocalDate.parse(node.get("date").asString()), YAML.treeToValue(situation, Situation.class),
                    expect));
        }
        return scenarios;
    }

    private static void merge(ObjectNode target, JsonNode changes) {
        for (Map.Entry<String, JsonNode> change : changes.properties()) {
            JsonNode current = target.get(change.getKey());
            if (current instanceof ObjectNode object && change.getValue().isObject()) {
                merge(object, change.getValue());
            } else {
                target.set(change.getKey(), change.getValue());
            }
        }
    }
}
