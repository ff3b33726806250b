package nl.waarhebikrechtop.content;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.nio.file.Path;

/**
 * A Markdown file that starts with a YAML block between two {@code ---} lines.
 *
 * @param meta the YAML block (an empty object when there is none)
 * @param body the Markdown after it
 */
public record FrontMatter(JsonNode meta, String body) {

    private static final ObjectMapper YAML = YAMLMapper.builder().build();
    private static final String FENCE = "---";

    public static FrontMatter parse(Path file, String text) {
        String normalised = text.replace("\r\n", "\n");
        if (!normalised.startsWith(FENCE + "\n")) {
            return new FrontMatter(YAML.createObjectNode(), normalised);
        }
        int end = normalised.indexOf("\n" + FENCE + "\n", FENCE.length());
        if (end < 0) {
            throw new ContentException(file, "the front matter that starts on line 1 is not closed with a '---' line");
        }
        try {
            JsonNode meta = YAML.readTree(normalised.substring(FENCE.length() + 1, end));
            return new FrontMatter(meta == null ? YAML.createObjectNode() : meta,
                    normalised.substring(end + FENCE.length() + 2));
        } catch (RuntimeException e) {
            throw new ContentException(file, "the front matter is not valid YAML: " + e.getMessage(), e);
        }
    }

    public String text(Path file, String field) {
        JsonNode value = meta.get(field);
        if (value == null || value.isNull() || value.asString().isBlank()) {
            throw new ContentException(file, "front matter field '" + field + "' is missing");
        }
        return value.asString();
    }
}
