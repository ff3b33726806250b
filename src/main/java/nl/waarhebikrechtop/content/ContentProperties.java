package nl.waarhebikrechtop.content;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;

/**
 * Where the editable content lives: texts, amounts with their sources, route steps and the Kindpakket catalogue.
 *
 * @param dir the content folder; relative paths resolve against the working directory
 */
@ConfigurationProperties("portal.content")
public record ContentProperties(Path dir) {

    public ContentProperties {
        if (dir == null) {
            dir = Path.of("content");
        }
    }
}
