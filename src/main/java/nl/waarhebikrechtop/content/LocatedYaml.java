package nl.waarhebikrechtop.content;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML document read into a small tree that remembers the line of every node, so that content errors can say
 * "file:line". Duplicate keys are errors (YAML libraries silently keep the last one).
 */
final class LocatedYaml {

    private static final YAMLMapper MAPPER = YAMLMapper.builder().build();

    /** A node of the tree. */
    sealed interface Node permits MapNode, ListNode, Scalar {
        int line();
    }

    /** A mapping; keys keep their order. */
    record MapNode(Map<String, Node> entries, Map<String, Integer> keyLines, int line) implements Node {
    }

    /** A sequence. */
    record ListNode(List<Node> items, int line) implements Node {
    }

    /** A scalar as written, and whether YAML read it as a number. */
    record Scalar(String text, boolean number, boolean isNull, int line) implements Node {
    }

    private LocatedYaml() {
    }

    static Node read(Path file) {
        try (JsonParser parser = MAPPER.createParser(file.toFile())) {
            JsonToken token = parser.nextToken();
            if (token == null) {
                throw new ContentException(file, "the file is empty");
            }
            return node(file, parser, token);
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new ContentException(file, "line " + line + ": not valid YAML: " + e.getOriginalMessage(), e);
        }
    }

    private static Node node(Path file, JsonParser parser, JsonToken token) {
        int line = parser.currentTokenLocation().getLineNr();
        return switch (token) {
            case START_OBJECT -> map(file, parser, line);
            case START_ARRAY -> {
                List<Node> items = new ArrayList<>();
                for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                    items.add(node(file, parser, t));
                }
                yield new ListNode(items, line);
            }
            case VALUE_NULL -> new Scalar("", false, true, line);
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> new Scalar(parser.getString(), true, false, line);
            default -> new Scalar(parser.getString(), false, false, line);
        };
    }

    private static MapNode map(Path file, JsonParser parser, int line) {
        Map<String, Node> entries = new LinkedHashMap<>();
        Map<String, Integer> keyLines = new LinkedHashMap<>();
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
            String key = parser.currentName();
            int keyLine = parser.currentTokenLocation().getLineNr();
            if (entries.containsKey(key)) {
                throw new ContentException(file, "line " + keyLine + ": '" + key + "' appears twice (first on line "
                        + keyLines.get(key) + ")");
            }
            keyLines.put(key, keyLine);
            entries.put(key, node(file, parser, parser.nextToken()));
        }
        return new MapNode(entries, keyLines, line);
    }
}
