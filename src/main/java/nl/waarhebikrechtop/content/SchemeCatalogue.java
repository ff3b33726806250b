package nl.waarhebikrechtop.content;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The scheme texts from {@code content/schemes/*.yaml}, read and checked at start-up. */
@Service
public class SchemeCatalogue {

    static final Set<String> MUNICIPALITIES = Set.of("ASSEN", "AA_EN_HUNZE", "TYNAARLO");

    private final Map<String, SchemeText> schemes = new LinkedHashMap<>();

    @Autowired
    public SchemeCatalogue(ContentProperties properties) {
        this(properties.dir().toAbsolutePath().normalize().resolve("schemes"));
    }

    SchemeCatalogue(Path folder) {
        for (Path file : YamlFiles.list(folder)) {
            SchemeText text = YamlFiles.read(file, SchemeText.class);
            check(file, text);
            schemes.put(text.id(), text);
        }
        if (schemes.isEmpty()) {
            throw new ContentException(folder, "no scheme files (*.yaml)");
        }
    }

    private static void check(Path file, SchemeText text) {
        String expected = file.getFileName().toString().replace(".yaml", "");
        if (!expected.equals(text.id())) {
            throw new ContentException(file, "id '" + text.id() + "' must equal the file name '" + expected + "'");
        }
        if (text.name() == null || text.summary() == null || text.link() == null || text.source() == null) {
            throw new ContentException(file, "id, name, summary, link and source are required");
        }
        if (!text.link().startsWith("https://")) {
            throw new ContentException(file, "link must start with https://");
        }
        if (text.national() != text.municipalities().isEmpty()) {
            throw new ContentException(file, "a national scheme lists no municipalities; a municipal one lists them");
        }
        for (String municipality : text.municipalities().keySet()) {
            if (!MUNICIPALITIES.contains(municipality)) {
                throw new ContentException(file, "unknown municipality '" + municipality + "', use one of "
                        + MUNICIPALITIES);
            }
        }
    }

    /** All schemes, in file-name order. */
    public List<SchemeText> all() {
        return List.copyOf(schemes.values());
    }

    public Optional<SchemeText> scheme(String id) {
        return Optional.ofNullable(schemes.get(id));
    }
}
