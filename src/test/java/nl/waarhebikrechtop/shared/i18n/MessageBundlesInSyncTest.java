package nl.waarhebikrechtop.shared.i18n;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** Every text exists in Dutch and in English: a key in one bundle and not the other fails the build. */
class MessageBundlesInSyncTest {

    @Test
    void every_dutch_key_has_an_english_text_and_the_other_way_round() throws IOException {
        Properties dutch = load("messages_nl.properties");
        Properties english = load("messages_en.properties");

        assertThat(dutch).as("Dutch bundle").isNotEmpty();
        assertThat(missing(dutch, english)).as("keys missing from messages_en.properties").isEmpty();
        assertThat(missing(english, dutch)).as("keys missing from messages_nl.properties").isEmpty();
    }

    @Test
    void no_text_is_empty() throws IOException {
        for (String bundle : new String[]{"messages_nl.properties", "messages_en.properties"}) {
            Properties texts = load(bundle);
            assertThat(texts.stringPropertyNames()).as("empty texts in " + bundle)
                    .filteredOn(key -> texts.getProperty(key).isBlank()).isEmpty();
        }
    }

    static Set<String> missing(Properties from, Properties in) {
        Set<String> result = new TreeSet<>(from.stringPropertyNames());
        result.removeAll(in.stringPropertyNames());
        return result;
    }

    private static Properties load(String name) throws IOException {
        try (InputStream in = MessageBundlesInSyncTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name + " on the classpath").isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }
}
