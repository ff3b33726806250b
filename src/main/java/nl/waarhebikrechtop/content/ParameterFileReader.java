package nl.waarhebikrechtop.content;

import nl.waarhebikrechtop.content.LocatedYaml.MapNode;
import nl.waarhebikrechtop.content.LocatedYaml.Node;
import nl.waarhebikrechtop.content.LocatedYaml.Scalar;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads one {@code content/parameters/*.yaml} file: a map from parameter id to its description, unit, {@code confirmed},
 * {@code changes} ({@code half-yearly}, {@code yearly} or {@code never}) and {@code values} by date. Every value is a
 * map with {@code value}, {@code source} (the page that states it), optional {@code last_checked}, {@code confirmed}
 * and {@code note}. Every problem names file and line, and for the fields of the old format says what to write instead.
 */
final class ParameterFileReader {

    private static final Set<String> PARAMETER_KEYS = Set.of("description", "unit", "confirmed", "changes", "values");
    private static final Set<String> VALUE_KEYS = Set.of("value", "source", "last_checked", "confirmed", "note");
    private static final String VALUE_EXAMPLE =
            "2025-01-01: {value: 1345.45, source: <URL of the page that states this value>}";

    private final Path file;

    ParameterFileReader(Path file) {
        this.file = file;
    }

    List<Parameter> read() {
        MapNode root = map(LocatedYaml.read(file), "the file");
        List<Parameter> parameters = new ArrayList<>();
        root.entries().forEach((id, node) -> parameters.add(parameter(id, map(node, "parameter '" + id + "'"))));
        return parameters;
    }

    private Parameter parameter(String id, MapNode node) {
        if (!id.matches("[a-z0-9_]+(\\.[a-z0-9_]+)+")) {
            throw error(node.line(), "parameter id '" + id + "' must be dotted lower case, e.g. bijstand.norm.single");
        }
        for (String key : node.entries().keySet()) {
            if (!PARAMETER_KEYS.contains(key)) {
                throw error(node.keyLines().get(key), unknownParameterField(key, id));
            }
        }
        String unitName = text(node, "unit", id);
        Unit unit = Unit.fromYaml(unitName);
        if (unit == null) {
            throw error(node.entries().get("unit").line(), "unknown unit '" + unitName + "' in " + id);
        }
        String changesWord = text(node, "changes", id);
        ChangeFrequency changes = ChangeFrequency.fromYaml(changesWord);
        if (changes == null) {
            throw error(node.entries().get("changes").line(), "unknown value '" + changesWord + "' for changes of " + id
                    + ": write " + ChangeFrequency.words());
        }
        boolean confirmed = bool(node, "confirmed", id, null);
        List<DatedValue> values = values(id, unit, confirmed, map(required(node, "values", id), "values of " + id));
        return new Parameter(id, text(node, "description", id), unit, changes, values, file);
    }

    /** The fields of the old format get a message that says where they went. */
    private static String unknownParameterField(String key, String id) {
        return switch (key) {
            case "source" -> "'source' is no longer a field of the parameter " + id + ": give each value the page "
                    + "that states it, e.g. " + VALUE_EXAMPLE;
            case "last_checked" -> "'last_checked' is no longer a field of the parameter " + id + ": put it on each "
                    + "value you checked against its source, e.g. 2025-01-01: {value: 1345.45, source: <URL>, "
                    + "last_checked: 2026-12-01}";
            case "periodic" -> "'periodic' is replaced by 'changes' in " + id + ": write changes: "
                    + ChangeFrequency.words();
            default -> "unknown field '" + key + "' in " + id;
        };
    }

    private List<DatedValue> values(String id, Unit unit, boolean confirmed, MapNode node) {
        if (node.entries().isEmpty()) {
            throw error(node.line(), id + " has no values");
        }
        List<DatedValue> values = new ArrayList<>();
        for (Map.Entry<String, Node> entry : node.entries().entrySet()) {
            int line = node.keyLines().get(entry.getKey());
            LocalDate from = date(new Scalar(entry.getKey(), false, false, line), "a date of " + id);
            if (!(entry.getValue() instanceof MapNode detail)) {
                throw error(line, "the value of " + id + " for " + from + " has no source: write it as "
                        + VALUE_EXAMPLE);
            }
            values.add(value(id, unit, confirmed, from, line, detail));
        }
        values.sort(Comparator.comparing(DatedValue::effectiveFrom));
        return values;
    }

    private DatedValue value(String id, Unit unit, boolean confirmed, LocalDate from, int line, MapNode detail) {
        String what = id + " for " + from;
        for (String key : detail.entries().keySet()) {
            if (!VALUE_KEYS.contains(key)) {
                throw error(detail.keyLines().get(key), "unknown field '" + key + "' in the value of " + what);
            }
        }
        if (!detail.entries().containsKey("source")) {
            throw error(line, "the value of " + what + " has no source: add source: <URL of the page that states "
                    + "this value>");
        }
        boolean valueConfirmed = bool(detail, "confirmed", id, confirmed);
        if (valueConfirmed && !confirmed) {
            throw error(line, id + " is marked unconfirmed but its value of " + from + " says confirmed");
        }
        String note = detail.entries().containsKey("note") ? text(detail, "note", id) : null;
        LocalDate lastChecked = detail.entries().containsKey("last_checked")
                ? date(detail.entries().get("last_checked"), "last_checked of " + what) : null;
        return new DatedValue(from, number(required(detail, "value", id), id, unit), valueConfirmed, note,
                source(detail, what), lastChecked, line);
    }

    /** A URL of a page: a home page does not say which value it states, so it is refused. */
    private String source(MapNode detail, String what) {
        Node node = detail.entries().get("source");
        String source = text(detail, "source", what);
        URI uri;
        try {
            uri = new URI(source);
        } catch (URISyntaxException e) {
            throw error(node.line(), "the source of " + what + " must be a URL");
        }
        if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme()) || uri.getHost() == null) {
            throw error(node.line(), "the source of " + what + " must be a URL starting with https://");
        }
        if (uri.getRawPath() == null || uri.getRawPath().isEmpty() || uri.getRawPath().equals("/")) {
            throw error(node.line(), "the source of " + what + " is a home page: give the page that states the "
                    + "value (if it is not found yet, give the closest page and say so in a note)");
        }
        return source;
    }

    private BigDecimal number(Node node, String id, Unit unit) {
        if (!(node instanceof Scalar scalar) || !scalar.number()) {
            throw error(node.line(), "the value of " + id + " must be a number");
        }
        BigDecimal value = new BigDecimal(scalar.text());
        if (value.signum() < 0) {
            throw error(node.line(), "the value of " + id + " must not be negative");
        }
        if ((unit.money() || unit == Unit.PERCENT) && value.stripTrailingZeros().scale() > 2) {
            throw error(node.line(), "an amount in euros or a percentage has at most two decimals (" + id + ")");
        }
        if (unit.whole() && value.stripTrailingZeros().scale() > 0) {
            throw error(node.line(), "the value of " + id + " must be a whole number of " + unit.name().toLowerCase());
        }
        if (unit == Unit.PERCENT && value.compareTo(BigDecimal.valueOf(1000)) > 0) {
            throw error(node.line(), "a percentage above 1000 is not plausible (" + id + ")");
        }
        return value;
    }

    private Node required(MapNode node, String key, String id) {
        Node value = node.entries().get(key);
        if (value == null || value instanceof Scalar s && s.isNull()) {
            throw error(node.line(), id + " has no '" + key + "'");
        }
        return value;
    }

    private String text(MapNode node, String key, String id) {
        if (!(required(node, key, id) instanceof Scalar scalar) || scalar.text().isBlank()) {
            throw error(node.entries().get(key).line(), "'" + key + "' of " + id + " must be a text");
        }
        return scalar.text().strip();
    }

    private boolean bool(MapNode node, String key, String id, Boolean fallback) {
        Node value = node.entries().get(key);
        if (value == null && fallback != null) {
            return fallback;
        }
        String text = value instanceof Scalar s ? s.text() : "";
        if (!text.equals("true") && !text.equals("false")) {
            throw error(value == null ? node.line() : value.line(),
                    "'" + key + "' of " + id + " must be true or false");
        }
        return Boolean.parseBoolean(text);
    }

    private LocalDate date(Node node, String what) {
        try {
            return LocalDate.parse(node instanceof Scalar s ? s.text() : "");
        } catch (DateTimeParseException e) {
            throw error(node.line(), what + " must be a date like 2026-01-01");
        }
    }

    private MapNode map(Node node, String what) {
        if (node instanceof MapNode map) {
            return map;
        }
        throw error(node.line(), what + " must be a map of names to values");
    }

    private ContentException error(int line, String problem) {
        return new ContentException(file, "line " + line + ": " + problem);
    }
}
