package nl.waarhebikrechtop.content;

import nl.waarhebikrechtop.content.LocatedYaml.MapNode;
import nl.waarhebikrechtop.content.LocatedYaml.Node;
import nl.waarhebikrechtop.content.LocatedYaml.Scalar;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads one {@code content/parameters/*.yaml} file: a map from parameter id to its description, unit, source,
 * {@code confirmed}, {@code last_checked}, optional {@code periodic} and {@code values} by date. A value is a
 * number, or a map with {@code value}, {@code confirmed} and {@code note}. Every problem names file and line.
 */
final class ParameterFileReader {

    private static final Set<String> PARAMETER_KEYS =
            Set.of("description", "unit", "source", "confirmed", "last_checked", "periodic", "values");
    private static final Set<String> VALUE_KEYS = Set.of("value", "confirmed", "note");

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
                throw error(node.keyLines().get(key), "unknown field '" + key + "' in " + id);
            }
        }
        String unitName = text(node, "unit", id);
        Unit unit = Unit.fromYaml(unitName);
        if (unit == null) {
            throw error(node.entries().get("unit").line(), "unknown unit '" + unitName + "' in " + id);
        }
        String source = text(node, "source", id);
        if (!source.startsWith("https://") && !source.startsWith("http://")) {
            throw error(node.entries().get("source").line(), "source of " + id + " must be a URL");
        }
        boolean confirmed = bool(node, "confirmed", id, null);
        boolean periodic = bool(node, "periodic", id, Boolean.TRUE);
        LocalDate lastChecked = date(required(node, "last_checked", id), "last_checked of " + id);
        List<DatedValue> values = values(id, unit, confirmed, map(required(node, "values", id), "values of " + id));
        return new Parameter(id, text(node, "description", id), unit, source, periodic, lastChecked, values, file);
    }

    private List<DatedValue> values(String id, Unit unit, boolean confirmed, MapNode node) {
        if (node.entries().isEmpty()) {
            throw error(node.line(), id + " has no values");
        }
        List<DatedValue> values = new ArrayList<>();
        for (Map.Entry<String, Node> entry : node.entries().entrySet()) {
            int line = node.keyLines().get(entry.getKey());
            LocalDate from = date(new Scalar(entry.getKey(), false, false, line), "a date of " + id);
            Node valueNode = entry.getValue();
            boolean valueConfirmed = confirmed;
            String note = null;
            if (valueNode instanceof MapNode detail) {
                for (String key : detail.entries().keySet()) {
                    if (!VALUE_KEYS.contains(key)) {
                        throw error(detail.keyLines().get(key), "unknown field '" + key + "' in a value of " + id);
                    }
                }
                valueConfirmed = bool(detail, "confirmed", id, confirmed);
                if (valueConfirmed && !confirmed) {
                    throw error(line, id + " is marked unconfirmed but its value of " + from + " says confirmed");
                }
                note = detail.entries().containsKey("note") ? text(detail, "note", id) : null;
                valueNode = required(detail, "value", id);
            }
            values.add(new DatedValue(from, number(valueNode, id, unit), valueConfirmed, note, line));
        }
        values.sort(Comparator.comparing(DatedValue::effectiveFrom));
        return values;
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
