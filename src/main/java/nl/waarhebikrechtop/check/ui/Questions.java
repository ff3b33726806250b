package nl.waarhebikrechtop.check.ui;

import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldVariant;
import nl.waarhebikrechtop.eligibility.Answer;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Small factories for the kinds of questions the check asks, so every screen asks them the same way. */
final class Questions {

    private Questions() {
    }

    /** Ja / Nee / Weet ik niet. */
    static RadioButtonGroup<Answer> yesNoUnknown(String label, Function<String, String> translate) {
        RadioButtonGroup<Answer> group = new RadioButtonGroup<>(label);
        group.setItems(Answer.YES, Answer.NO, Answer.UNKNOWN);
        group.setItemLabelGenerator(a -> translate.apply("check.answer." + a.name().toLowerCase()));
        return group;
    }

    /** Ja / Nee. */
    static RadioButtonGroup<Boolean> yesNo(String label, Function<String, String> translate) {
        RadioButtonGroup<Boolean> group = new RadioButtonGroup<>(label);
        group.setItems(List.of(Boolean.TRUE, Boolean.FALSE));
        group.setItemLabelGenerator(b -> translate.apply(b ? "check.answer.yes" : "check.answer.no"));
        return group;
    }

    /** A whole number, typed; the numeric keyboard opens on phones. */
    static TextField number(String label) {
        TextField field = new TextField(label);
        field.setAllowedCharPattern("[0-9]");
        field.setMaxLength(4);
        field.getElement().setAttribute("inputmode", "numeric");
        field.addClassName("number-field");
        return field;
    }

    static Optional<Integer> parseNumber(String text) {
        String trimmed = text == null ? "" : text.trim();
        if (trimmed.isEmpty() || trimmed.length() > 4 || !trimmed.chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(trimmed));
    }

    static String text(Integer value) {
        return value == null ? "" : value.toString();
    }

    static void small(TextField field) {
        field.addThemeVariants(TextFieldVariant.LUMO_SMALL);
    }
}
