package nl.waarhebikrechtop.content;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Reads content YAML into records, strictly (unknown fields are errors), naming file and line on failure. */
final class YamlFiles {

    private static final ObjectMapper STRICT = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private YamlFiles() {
    }

    static <T> T read(Path file, Class<T> type) {
        if (!Files.isRegularFile(file)) {
            throw new ContentException(file, "file not found");
        }
        try {
            return STRICT.readValue(file.toFile(), type);
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            Throwable cause = e.getCause() != null && e.getCause().getMessage() != null ? e.getCause() : e;
            String message = cause instanceof JacksonException je ? je.getOriginalMessage() : cause.getMessage();
            throw new ContentException(file, "line " + line + ": " + message, e);
        }
    }

    static List<Path> list(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new ContentException(folder, "folder not found");
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new ContentException(folder, "cannot be read (" + e.getMessage() + ")", e);
        }
    }
}
