package nl.waarhebikrechtop.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One reason text, compiled once at start-up from the ICU MessageFormat subset editors write:
 * {@code {name}} for an argument, {@code {count, plural, =0 {…} one {# kind} other {# kinderen}}} (with {@code #} for
 * the number) and {@code {known, select, yes {…} other {…}}}. Rendering appends the parts, so it costs about as much
 * as the string concatenation it replaces. Plural categories are those of Dutch and English: {@code one} for 1,
 * {@code other} for every other number.
 */
final class TextTemplate {

    private sealed interface Part permits Literal, Argument, Choice, Number {
    }

    private record Literal(String text) implements Part {
    }

    private record Argument(String name) implements Part {
    }

    /** The number of the enclosing plural ({@code #}). */
    private record Number(String name) implements Part {
    }

    /** A plural or select: the branch by the argument's value. */
    private record Choice(String name, boolean plural, boolean hasExact, Map<String, List<Part>> branches)
            implements Part {
    }

    /** The keys of exact plural branches for small numbers, so that choosing one allocates nothing. */
    private static final String[] EXACT = {"=0", "=1", "=2", "=3", "=4", "=5", "=6", "=7", "=8", "=9"};

    private final List<Part> parts;
    private final Set<String> arguments = new TreeSet<>();

    private TextTemplate(List<Part> parts) {
        this.parts = parts;
        collect(parts);
    }

    /** @throws IllegalArgumentException with the position when the text is not well formed */
    static TextTemplate parse(String text) {
        Parser parser = new Parser(text);
        List<Part> parts = parser.parts(null);
        if (parser.pos < text.length()) {
            throw new IllegalArgumentException("unexpected '}' at position " + parser.pos);
        }
        return new TextTemplate(parts);
    }

    /** The names of the arguments the text uses. */
    Set<String> arguments() {
        return arguments;
    }

    String render(Locale locale, Map<String, ?> args) {
        StringBuilder out = new StringBuilder(96);
        render(parts, locale, args, out);
        return out.toString();
    }

    private static void render(List<Part> parts, Locale locale, Map<String, ?> args, StringBuilder out) {
        for (Part part : parts) {
            switch (part) {
                case Literal l -> out.append(l.text());
                case Argument a -> out.append(format(value(args, a.name()), locale));
                case Number n -> out.append(format(value(args, n.name()), locale));
                case Choice c -> render(branch(c, value(args, c.name())), locale, args, out);
            }
        }
    }

    private static Object value(Map<String, ?> args, String name) {
        Object value = args.get(name);
        if (value == null) {
            throw new IllegalArgumentException("no value for {" + name + "}");
        }
        return value;
    }

    private static String format(Object value, Locale locale) {
        return value instanceof TextArgument argument ? argument.format(locale) : String.valueOf(value);
    }

    private static List<Part> branch(Choice choice, Object value) {
        if (!choice.plural()) {
            List<Part> selected = choice.branches().get(String.valueOf(value));
            return selected != null ? selected : choice.branches().get("other");
        }
        if (value instanceof java.lang.Number n) {
            long number = n.longValue();
            if (choice.hasExact()) {
                List<Part> exact = choice.branches().get(number >= 0 && number < EXACT.length
                        ? EXACT[(int) number] : "=" + number);
                if (exact != null) {
                    return exact;
                }
            }
            if (number == 1 && choice.branches().containsKey("one")) {
                return choice.branches().get("one");
            }
        }
        return choice.branches().get("other");
    }

    private void collect(List<Part> list) {
        for (Part part : list) {
            switch (part) {
                case Argument a -> arguments.add(a.name());
                case Number n -> arguments.add(n.name());
                case Choice c -> {
                    arguments.add(c.name());
                    c.branches().values().forEach(this::collect);
                }
                case Literal l -> {
                }
            }
        }
    }

    private static final class Parser {

        private final String text;
        private int pos;

        Parser(String text) {
            this.text = text;
        }

        /** Parts up to the end or the closing brace of a branch; {@code plural} names the enclosing plural for #. */
        List<Part> parts(String plural) {
            List<Part> parts = new ArrayList<>();
            StringBuilder literal = new StringBuilder();
            while (pos < text.length()) {
                char c = text.charAt(pos);
                if (c == '}') {
                    break;
                }
                if (c == '#' && plural != null) {
                    flush(literal, parts);
                    parts.add(new Number(plural));
                    pos++;
                } else if (c == '{') {
                    flush(literal, parts);
                    parts.add(placeholder());
                } else {
                    literal.append(c);
                    pos++;
                }
            }
            flush(literal, parts);
            return List.copyOf(parts);
        }

        private static void flush(StringBuilder literal, List<Part> parts) {
            if (!literal.isEmpty()) {
                parts.add(new Literal(literal.toString()));
                literal.setLength(0);
            }
        }

        private Part placeholder() {
            int start = pos++;
            String name = word();
            skipSpaces();
            if (peek() == '}') {
                pos++;
                return new Argument(name);
            }
            expect(',');
            String kind = word();
            if (!kind.equals("plural") && !kind.equals("select")) {
                throw new IllegalArgumentException("unknown kind '" + kind + "' at position " + start
                        + ": use plural or select");
            }
            expect(',');
            Map<String, List<Part>> branches = new LinkedHashMap<>();
            skipSpaces();
            while (peek() != '}') {
                String key = word();
                expect('{');
                branches.put(key, parts(kind.equals("plural") ? name : null));
                expect('}');
                skipSpaces();
            }
            pos++;
            if (!branches.containsKey("other")) {
                throw new IllegalArgumentException("{" + name + ", " + kind + "} at position " + start
                        + " needs an 'other' branch");
            }
            boolean exact = branches.keySet().stream().anyMatch(k -> k.startsWith("="));
            return new Choice(name, kind.equals("plural"), exact, Map.copyOf(branches));
        }

        private String word() {
            skipSpaces();
            int start = pos;
            while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || "=_-.".indexOf(text.charAt(pos)) >= 0)) {
                pos++;
            }
            if (start == pos) {
                throw new IllegalArgumentException("a name is missing at position " + start);
            }
            return text.substring(start, pos);
        }

        private void expect(char c) {
            skipSpaces();
            if (peek() != c) {
                throw new IllegalArgumentException("'" + c + "' expected at position " + pos);
            }
            pos++;
        }

        private char peek() {
            if (pos >= text.length()) {
                throw new IllegalArgumentException("the text ends inside a placeholder");
            }
            return text.charAt(pos);
        }

        private void skipSpaces() {
            while (pos < text.length() && text.charAt(pos) == ' ') {
                pos++;
            }
        }
    }
}
