package nl.waarhebikrechtop.check.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import nl.waarhebikrechtop.check.CheckAnswers.MoneyAnswer;
import nl.waarhebikrechtop.shared.ui.MoneyInput;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * An amount in euros with a "Weet ik niet" box. Accepts Dutch notation ("1.234,56", "€ 1.234") and says what it
 * understood below the field, so a typo is seen before it counts.
 */
class MoneyQuestion extends Div {

    final TextField amount;
    final Checkbox unknown;

    MoneyQuestion(String label, String unknownLabel) {
        addClassName("money-question");
        amount = new TextField(label);
        amount.setPrefixComponent(new Span("€"));
        amount.getElement().setAttribute("inputmode", "decimal");
        amount.setMaxLength(20);
        amount.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.ON_BLUR);
        amount.addValueChangeListener(e -> showUnderstood());
        unknown = new Checkbox(unknownLabel);
        unknown.addValueChangeListener(e -> {
            amount.setEnabled(!e.getValue());
            if (e.getValue()) {
                amount.setInvalid(false);
            }
        });
        add(amount, unknown);
    }

    /** Shows "Wij lezen: € 1.234,56" when the text is an amount written differently from how we would. */
    private void showUnderstood() {
        Optional<BigDecimal> parsed = MoneyInput.parse(amount.getValue());
        String formatted = parsed.map(v -> MoneyInput.format(v, getLocale())).orElse(null);
        boolean differs = formatted != null && !formatted.equals(amount.getValue().trim());
        amount.setHelperText(differs ? getTranslation("check.money.understood", formatted) : null);
    }

    void load(MoneyAnswer answer) {
        if (answer == null) {
            return;
        }
        unknown.setValue(answer.unknown());
        amount.setValue(answer.amount() == null ? "" : MoneyInput.format(answer.amount(), getLocale()));
    }

    /** True when the box is ticked or the text is an amount. */
    boolean valid() {
        return unknown.getValue() || MoneyInput.parse(amount.getValue()).isPresent();
    }

    boolean blank() {
        return !unknown.getValue() && amount.getValue().isBlank();
    }

    MoneyAnswer value() {
        return unknown.getValue() ? MoneyAnswer.UNKNOWN : MoneyAnswer.of(MoneyInput.parse(amount.getValue()).orElseThrow());
    }
}
