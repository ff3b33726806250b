package nl.waarhebikrechtop.content;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hints for writing at language level B1, for the page editor: sentences over {@value #MAX_WORDS} words, long words,
 * the passive voice and words from the jargon list ({@code content/jargon.yaml}). Hints, not errors: they help the
 * editor look again, they never stop a change. Rough by design: a hint may be wrong, a missed one is not a defect.
 */
public final class PlainLanguage {

    /** B1 guidance: at most 15 words a sentence. */
    public static final int MAX_WORDS = 15;
    /** Words of this many letters or more are hard to read at a glance (Dutch joins words: "kostendelersnorm"). */
    public static final int LONG_WORD = 16;

    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)]\\([^)]*\\)");
    private static final Pattern AUTOLINK = Pattern.compile("<[^>\\s]+>|https?://\\S+|\\{\\{\\w+}}");
    private static final Pattern BLOCK = Pattern.compile("^\\s*(#{1,6}\\s|[-*+]\\s|\\d+[.)]\\s|>|\\|)");
    private static final Pattern MARKUP = Pattern.compile("^\\s*(#{1,6}\\s|[-*+]\\s|\\d+[.)]\\s|>\\s?)|[*_`|]");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?:])\\s+");
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'’-]*");
    private static final Pattern PASSIVE_NL = Pattern.compile(
            "(?iu)\\b(word|wordt|worden|werd|werden|geworden)\\b.*\\b(ge\\p{L}{2,}(d|t|en)|(be|ver|ont|her)\\p{L}{2,}(d|t))\\b"
                    + "|\\b(ge|be|ver|ont|her)\\p{L}{2,}(d|t|en)\\b.*\\b(word|wordt|worden|werd|werden)\\b");
    private static final Pattern PASSIVE_EN = Pattern.compile(
            "(?iu)\\b(is|are|was|were|be|been|being)\\s+(\\p{L}+\\s+)?(\\p{L}+ed|paid|sent|made|given|taken|done|seen|kept"
                    + "|told|shown|known|held|found)\\b");

    /** One hint, with the line (from 1) of the text it concerns. */
    public record Hint(Kind kind, int line, String excerpt, String suggestion) {
        public enum Kind { LONG_SENTENCE, LONG_WORD, PASSIVE, JARGON }
    }

    private final Map<String, Map<String, String>> jargon;

    public PlainLanguage(Map<String, Map<String, String>> jargon) {
        this.jargon = Map.copyOf(jargon);
    }

    /** The jargon list of the content folder; an empty list when the folder has none. */
    public static PlainLanguage of(Path contentDir) {
        Path file = contentDir.resolve("jargon.yaml");
        Map<String, Map<String, String>> lists = new LinkedHashMap<>();
        if (Files.isRegularFile(file)) {
            try {
                ObjectMapper yaml = YAMLMapper.builder().build();
                JsonNode root = yaml.readTree(file.toFile());
                for (String language : ContentService.LANGUAGES) {
                    Map<String, String> words = new LinkedHashMap<>();
                    JsonNode list = root == null ? null : root.get(language);
                    if (list != null) {
                        list.properties().forEach(e -> words.put(e.getKey().toLowerCase(Locale.ROOT),
                                e.getValue().asString()));
                    }
                    lists.put(language, words);
                }
            } catch (RuntimeException e) {
                throw new ContentException(file, "is not valid YAML: " + e.getMessage(), e);
            }
        }
        return new PlainLanguage(lists);
    }

    /** The hints for a Markdown text in that language ("nl" or "en"), in the order of the text. */
    public List<Hint> hints(String language, String markdown) {
        Map<String, String> words = jargon.getOrDefault(language, Map.of());
        Pattern passive = "en".equals(language) ? PASSIVE_EN : PASSIVE_NL;
        List<Hint> hints = new ArrayList<>();
        String[] lines = markdown.replace("\r\n", "\n").split("\n", -1);
        StringBuilder paragraph = new StringBuilder();
        int paragraphLine = 0;
        for (int i = 0; i <= lines.length; i++) {
            String line = i < lines.length ? plain(lines[i]) : "";
            boolean blockStart = i < lines.length && BLOCK.matcher(lines[i]).lookingAt();
            if (line.isBlank() || blockStart || i == lines.length) {
                sentences(paragraph.toString(), paragraphLine, passive, hints);
                paragraph.setLength(0);
            }
            if (!line.isBlank()) {
                if (paragraph.isEmpty()) {
                    paragraphLine = i + 1;
                }
                paragraph.append(paragraph.isEmpty() ? "" : " ").append(line.strip());
                for (Matcher word = WORD.matcher(line); word.find(); ) {
                    String w = word.group();
                    String lower = w.toLowerCase(Locale.ROOT);
                    if (words.containsKey(lower)) {
                        hints.add(new Hint(Hint.Kind.JARGON, i + 1, w, words.get(lower)));
                    } else if (w.replaceAll("[^\\p{L}]", "").length() >= LONG_WORD) {
                        hints.add(new Hint(Hint.Kind.LONG_WORD, i + 1, w, ""));
                    }
                }
            }
        }
        hints.sort(java.util.Comparator.comparingInt(Hint::line));
        return List.copyOf(hints);
    }

    private static void sentences(String paragraph, int line, Pattern passive, List<Hint> hints) {
        if (paragraph.isBlank()) {
            return;
        }
        for (String sentence : SENTENCE_END.split(paragraph)) {
            int count = 0;
            for (Matcher word = WORD.matcher(sentence); word.find(); ) {
                count++;
            }
            if (count > MAX_WORDS) {
                hints.add(new Hint(Hint.Kind.LONG_SENTENCE, line, excerpt(sentence), String.valueOf(count)));
            }
            if (passive.matcher(sentence).find()) {
                hints.add(new Hint(Hint.Kind.PASSIVE, line, excerpt(sentence), ""));
            }
        }
    }

    /** A line without Markdown: link words kept, addresses and placeholders left out. */
    private static String plain(String line) {
        String text = LINK.matcher(line).replaceAll("$1");
        text = AUTOLINK.matcher(text).replaceAll("");
        return MARKUP.matcher(text).replaceAll("");
    }

    private static String excerpt(String sentence) {
        String s = sentence.strip();
        return s.length() <= 80 ? s : s.substring(0, 80) + "…";
    }
}
