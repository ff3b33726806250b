package nl.waarhebikrechtop.content;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The texts of the reasons the eligibility rules give, one file per language: {@code content/reasons/<lang>.yaml},
 * a map from reason key (e.g. {@code income.below-limit}) to a text with named arguments and plurals (see
 * {@link TextTemplate}). A rule emits a key and arguments; this catalogue renders them. Checked at start-up: every
 * language has every key, with the same arguments, and each text parses. Adding a language is adding a file.
 */
@Service
public class ReasonTexts {

    static final List<String> REQUIRED = List.of("nl", "en");
    private static final ObjectMapper YAML = YAMLMapper.builder().build();

    private static final Locale NL = Locale.of("nl");
    private static final Locale EN = Locale.of("en");

    private final Map<String, Map<String, TextTemplate>> byLanguage = new HashMap<>();
    /** Texts without arguments, rendered once: most notes are. */
    private final Map<String, LocalizedText> fixed = new HashMap<>();

    @Autowired
    public ReasonTexts(ContentProperties properties) {
        this(properties.dir().resolve("reasons"));
    }

    ReasonTexts(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".yaml")).sorted().toList()) {
                String language = file.getFileName().toString().replace(".yaml", "");
                byLanguage.put(language, read(file));
            }
        } catch (IOException e) {
            throw new ContentException(dir, "the folder with reason texts cannot be read", e);
        }
        for (String language : REQUIRED) {
            if (!byLanguage.containsKey(language)) {
                throw new ContentException(dir.resolve(language + ".yaml"), "the reason texts in this language are missing");
            }
        }
        Map<String, TextTemplate> reference = byLanguage.get("nl");
        for (Map.Entry<String, Map<String, TextTemplate>> language : byLanguage.entrySet()) {
            Path file = dir.resolve(language.getKey() + ".yaml");
            Set<String> missing = new TreeSet<>(reference.keySet());
            missing.removeAll(language.getValue().keySet());
            Set<String> extra = new TreeSet<>(language.getValue().keySet());
            extra.removeAll(reference.keySet());
            if (!missing.isEmpty() || !extra.isEmpty()) {
                throw new ContentException(file, "keys differ from nl.yaml: missing " + missing + ", not in nl.yaml " + extra);
            }
            for (Map.Entry<String, TextTemplate> text : language.getValue().entrySet()) {
                Set<String> expected = reference.get(text.getKey()).arguments();
                if (!text.getValue().arguments().equals(expected)) {
                    throw new ContentException(file, text.getKey() + " uses " + text.getValue().arguments()
                            + " but nl.yaml uses " + expected);
                }
            }
        }
        renderFixedTexts();
    }

    private void renderFixedTexts() {
        for (Map.Entry<String, TextTemplate> text : byLanguage.get("nl").entrySet()) {
            if (text.getValue().arguments().isEmpty()) {
                fixed.put(text.getKey(), render(text.getKey(), Map.of()));
            }
        }
    }

    private static Map<String, TextTemplate> read(Path file) {
        Map<String, TextTemplate> texts = new HashMap<>();
        JsonNode root;
        try {
            root = YAML.readTree(file.toFile());
        } catch (RuntimeException e) {
            throw new ContentException(file, "not valid YAML: " + e.getMessage(), e);
        }
        for (Map.Entry<String, JsonNode> entry : root.properties()) {
            if (!entry.getValue().isString() || entry.getValue().asString().isBlank()) {
                throw new ContentException(file, entry.getKey() + " must be a text");
            }
            try {
                texts.put(entry.getKey(), TextTemplate.parse(entry.getValue().asString()));
            } catch (IllegalArgumentException e) {
                throw new ContentException(file, entry.getKey() + ": " + e.getMessage());
            }
        }
        return texts;
    }

    /** The languages that have reason texts. */
    public Set<String> languages() {
        return new TreeSet<>(byLanguage.keySet());
    }

    /** Every key, for tests and for editors' tools. */
    public Set<String> keys() {
        return new TreeSet<>(byLanguage.get("nl").keySet());
    }

    /** The argument names a key's text uses. */
    public Set<String> arguments(String key) {
        return template("nl", key).arguments();
    }

    /**
     * The text of a key in a language (Dutch when the language has no texts), with the arguments filled in.
     *
     * @throws IllegalArgumentException for an unknown key or a missing argument: a programming error
     */
    public String render(String key, Locale locale, Map<String, ?> args) {
        String language = byLanguage.containsKey(locale.getLanguage()) ? locale.getLanguage() : "nl";
        return template(language, key).render(locale, args);
    }

    /** Dutch and English at once, as the rules' results carry them. */
    public LocalizedText render(String key, Map<String, ?> args) {
        LocalizedText text = args.isEmpty() ? fixed.get(key) : null;
        return text != null ? text : new LocalizedText(render(key, NL, args), render(key, EN, args));
    }

    private TextTemplate template(String language, String key) {
        TextTemplate template = byLanguage.get(language).get(key);
        if (template == null) {
            throw new IllegalArgumentException("no reason text for key " + key + " in content/reasons/" + language
                    + ".yaml");
        }
        return template;
    }
}
