package nl.waarhebikrechtop.api;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Turns what Jackson says about a request body into an {@link ApiError} that names the field in the client's own
 * terms ({@code children[0].school}) and explains the problem in Dutch and English, without Java class names.
 */
final class JsonErrors {

    static final String SYNTAX = "api.error.syntax";
    static final String UNKNOWN_FIELD = "api.error.unknownField";
    static final String WRONG_TYPE = "api.error.type";
    static final String BODY_MISSING = "api.error.bodyMissing";
    static final String BODY = "body";

    private JsonErrors() {
    }

    static ApiError of(@Nullable Throwable cause) {
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return ApiError.of(path(unknown), UNKNOWN_FIELD, "Dit veld kennen wij niet.",
                    "This field is not known.");
        }
        if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            return ApiError.of(path(mismatch), WRONG_TYPE, "Deze waarde heeft niet de goede vorm" + expected(mismatch)
                    .nl() + ".", "This value does not have the right form" + expected(mismatch).en() + ".");
        }
        if (cause instanceof JacksonException jackson && !(cause instanceof StreamReadException)
                && !jackson.getPath().isEmpty()) {
            return ApiError.of(path(jackson), WRONG_TYPE, "Deze waarde kunnen wij niet lezen.",
                    "This value cannot be read.");
        }
        if (cause instanceof InputCoercionException coercion) {
            return ApiError.of(pathAtParser(coercion), WRONG_TYPE, "Dit getal is te groot of te klein.",
                    "This number is too large or too small.");
        }
        if (cause instanceof JacksonException jackson && jackson.getLocation() != null) {
            int line = jackson.getLocation().getLineNr();
            int column = jackson.getLocation().getColumnNr();
            return ApiError.of(BODY, SYNTAX, "De JSON is niet geldig (regel " + line + ", kolom " + column + ").",
                    "The JSON is not valid (line " + line + ", column " + column + ").");
        }
        if (cause == null) {
            return ApiError.of(BODY, BODY_MISSING, "Stuur een JSON-object mee.", "Send a JSON object.");
        }
        return ApiError.of(BODY, SYNTAX, "De JSON is niet geldig.", "The JSON is not valid.");
    }

    /** The JSON path as the API documents it: {@code income.work}, {@code children[1].age}. */
    static String path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        List<JacksonException.Reference> references = e.getPath();
        for (JacksonException.Reference reference : references) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? BODY : path.toString();
    }

    /** Where the parser stood when it gave up, for errors that Jackson raises before it knows the property. */
    private static String pathAtParser(StreamReadException e) {
        if (!(e.processor() instanceof JsonParser parser)) {
            return BODY;
        }
        Deque<String> parts = new ArrayDeque<>();
        for (TokenStreamContext c = parser.streamReadContext(); c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                parts.push("[" + c.getCurrentIndex() + "]");
            } else if (c.currentName() != null) {
                parts.push((c.getParent() == null || c.getParent().inRoot() ? "" : ".") + c.currentName());
            }
        }
        return parts.isEmpty() ? BODY : String.join("", parts);
    }

    private record Expected(String nl, String en) {
    }

    private static Expected expected(MismatchedInputException e) {
        Class<?> type = e.getTargetType();
        if (type == null) {
            return new Expected("", "");
        }
        if (type.isEnum()) {
            StringBuilder names = new StringBuilder();
            for (Object constant : type.getEnumConstants()) {
                names.append(names.isEmpty() ? "" : ", ").append(((Enum<?>) constant).name());
            }
            return new Expected(": kies uit " + names, ": choose one of " + names);
        }
        if (type == Integer.class || type == int.class) {
            return new Expected(": verwacht een heel getal", ": expected a whole number");
        }
        if (Number.class.isAssignableFrom(type)) {
            return new Expected(": verwacht een getal, zoals 1250.50", ": expected a number such as 1250.50");
        }
        if (type == Boolean.class || type == boolean.class) {
            return new Expected(": verwacht true of false", ": expected true or false");
        }
        if (type == java.time.LocalDate.class) {
            return new Expected(": verwacht een datum als 2026-03-01", ": expected a date such as 2026-03-01");
        }
        if (List.class.isAssignableFrom(type)) {
            return new Expected(": verwacht een lijst [...]", ": expected a list [...]");
        }
        return new Expected(": verwacht een object {...}", ": expected an object {...}");
    }
}
