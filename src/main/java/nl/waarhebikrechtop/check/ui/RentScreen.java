package nl.waarhebikrechtop.check.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import nl.waarhebikrechtop.check.CheckAnswers;
import nl.waarhebikrechtop.check.CheckAnswers.MoneyAnswer;
import nl.waarhebikrechtop.eligibility.Situation;

import java.util.List;

/** The rent per month; skipped for home owners. */
class RentScreen extends Screen {

    private final MoneyQuestion rent = new MoneyQuestion(getTranslation("check.rent.amount"),
            getTranslation("check.answer.unknown"));
    private final Checkbox noRent = new Checkbox(getTranslation("check.rent.none"));

    RentScreen() {
        rent.amount.setHelperText(getTranslation("check.rent.amountHelp"));
        noRent.addValueChangeListener(e -> {
            rent.amount.setEnabled(!e.getValue() && !rent.unknown.getValue());
            rent.unknown.setEnabled(!e.getValue());
        });
        add(rent, noRent, why("check.rent.why"));
    }

    @Override
    String id() {
        return "rent";
    }

    @Override
    void load(CheckAnswers answers) {
        if (answers.rent == MoneyAnswer.NOT_APPLICABLE) {
            noRent.setValue(true);
        } else {
            rent.load(answers.rent);
        }
    }

    @Override
    void validate() {
        if (noRent.getValue()) {
            accept(rent.amount);
        } else {
            IncomeScreen.validateAmount(this, rent, Situation.MAX_MONTHLY_AMOUNT);
        }
    }

    @Override
    void write(CheckAnswers answers) {
        answers.rent = noRent.getValue() ? MoneyAnswer.NOT_APPLICABLE : rent.value();
    }

    @Override
    List<SummaryLine> summary(CheckAnswers answers) {
        return List.of(new SummaryLine(getTranslation("check.rent.amount"), IncomeScreen.money(this, answers.rent)));
    }
}
