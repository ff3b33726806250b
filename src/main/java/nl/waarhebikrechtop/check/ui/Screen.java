package nl.waarhebikrechtop.check.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.Paragraph;
import nl.waarhebikrechtop.check.CheckAnswers;

import java.util.ArrayList;
import java.util.List;

/**
 * One topic of the questionnaire. A screen shows the answers given so far, checks what was typed when the
 * resident moves on, and only then writes it into {@link CheckAnswers}: invalid input stays in the fields with a
 * message next to each, and nothing is lost.
 */
abstract class Screen extends Div {

    private final List<Component> invalid = new ArrayList<>();

    Screen() {
        addClassName("check-screen");
    }

    /** Stable id, used in message keys ({@code check.<id>.title}) and tests. */
    abstract String id();

    /** Fills the fields from the answers given so far. */
    abstract void load(CheckAnswers answers);

    /** Checks the fields; when all is well writes them into the answers. Returns false when something is wrong. */
    final boolean store(CheckAnswers answers) {
        invalid.clear();
        validate();
        if (!invalid.isEmpty()) {
            return false;
        }
        write(answers);
        return true;
    }

    /** Marks each field that is wrong with {@link #reject}. */
    abstract void validate();

    /** Writes the (valid) fields into the answers. */
    abstract void write(CheckAnswers answers);

    /** The answers of this screen as question/answer lines for the summary. */
    abstract List<SummaryLine> summary(CheckAnswers answers);

    record SummaryLine(String question, String answer) {
    }

    /** Shows a specific message next to a field; the field is told it is invalid, so screen readers say so. */
    protected <C extends Component & HasValidation> void reject(C field, String messageKey, Object... params) {
        field.setErrorMessage(getTranslation(messageKey, params));
        field.setInvalid(true);
        invalid.add(field);
    }

    protected static <C extends Component & HasValidation> void accept(C field) {
        field.setInvalid(false);
    }

    /** The language of the page, for formatting amounts. */
    java.util.Locale locale() {
        return getLocale();
    }

    /**
     * Checks a "how many" field: a whole number from 0 to {@code max}. Returns the number, or empty (with the
     * message shown next to the field) when it is missing or too large.
     */
    protected java.util.Optional<Integer> validCount(com.vaadin.flow.component.textfield.TextField field, int max) {
        accept(field);
        java.util.Optional<Integer> n = Questions.parseNumber(field.getValue());
        if (n.isEmpty()) {
            reject(field, "check.error.countRequired");
        } else if (n.get() > max) {
            reject(field, "check.error.tooMany", max);
            return java.util.Optional.empty();
        }
        return n;
    }

    /** Puts the keyboard focus on the first field with a problem. */
    void focusFirstProblem() {
        if (!invalid.isEmpty() && invalid.getFirst() instanceof Focusable<?> focusable) {
            focusable.focus();
        }
    }

    int problemCount() {
        return invalid.size();
    }

    /** The short "Waarom vragen we dit?" explanation below a question. */
    protected NativeDetails why(String textKey) {
        NativeDetails details = new NativeDetails(getTranslation("check.why"), new Paragraph(getTranslation(textKey)));
        details.addClassName("why");
        return details;
    }
}
