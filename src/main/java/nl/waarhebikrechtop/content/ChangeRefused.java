package nl.waarhebikrechtop.content;

import java.util.List;

/**
 * A change to content (a parameter value, a page) that was not made; the problems say why, per field, so that the
 * view shows each next to what the editor typed and nothing typed is lost.
 */
public final class ChangeRefused extends RuntimeException {

    /** A problem with what was typed or asked, with the field it belongs to and a message key (messages_*.properties). */
    public record Problem(String field, String messageKey, Object... arguments) {
    }

    private final transient List<Problem> problems;

    ChangeRefused(List<Problem> problems) {
        super("refused: " + problems.stream().map(Problem::messageKey).toList());
        this.problems = List.copyOf(problems);
    }

    ChangeRefused(String field, String messageKey, Object... arguments) {
        this(List.of(new Problem(field, messageKey, arguments)));
    }

    public List<Problem> problems() {
        return problems;
    }
}
