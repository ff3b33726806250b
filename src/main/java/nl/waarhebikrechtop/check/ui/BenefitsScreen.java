package nl.waarhebikrechtop.check.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import nl.waarhebikrechtop.check.CheckAnswers;
import nl.waarhebikrechtop.eligibility.Answer;
import nl.waarhebikrechtop.eligibility.Situation;

import java.util.List;
import java.util.Optional;

/** Whether you receive bijstand now, for how long your income has been low, and (when young) study finance. */
class BenefitsScreen extends Screen {

    private final RadioButtonGroup<Answer> bijstand = Questions.yesNoUnknown(getTranslation("check.benefits.bijstand"),
            this::getTranslation);
    private final TextField months = Questions.number(getTranslation("check.benefits.months"));
    private final Checkbox monthsUnknown = new Checkbox(getTranslation("check.answer.unknown"));
    private final RadioButtonGroup<Answer> studies = Questions.yesNoUnknown(getTranslation("check.benefits.studies"),
            this::getTranslation);

    BenefitsScreen() {
        months.setHelperText(getTranslation("check.benefits.monthsHelp"));
        monthsUnknown.addValueChangeListener(e -> months.setEnabled(!e.getValue()));
        studies.setHelperText(getTranslation("check.benefits.studiesHelp"));
        add(bijstand, months, monthsUnknown, studies, why("check.benefits.why"));
    }

    @Override
    String id() {
        return "benefits";
    }

    @Override
    void load(CheckAnswers answers) {
        bijstand.setValue(answers.receivingBijstand);
        months.setValue(Questions.text(answers.monthsLowIncome));
        monthsUnknown.setValue(answers.monthsLowIncomeUnknown);
        studies.setVisible(answers.asksAboutStudies());
        studies.setValue(answers.studyFinance);
    }


    @Override
    void validate() {
        accept(bijstand);
        accept(months);
        accept(studies);
        if (bijstand.getValue() == null) {
            reject(bijstand, "check.error.choose");
        }
        if (studies.isVisible() && studies.getValue() == null) {
            reject(studies, "check.error.choose");
        }
        Optional<Integer> n = Questions.parseNumber(months.getValue());
        if (!monthsUnknown.getValue() && (n.isEmpty() || n.get() > Situation.MAX_MONTHS)) {
            reject(months, "check.error.months", Situation.MAX_MONTHS);
        }
    }

    @Override
    void write(CheckAnswers answers) {
        answers.receivingBijstand = bijstand.getValue();
        answers.studyFinance = studies.isVisible() ? studies.getValue() : null;
        answers.monthsLowIncomeUnknown = monthsUnknown.getValue();
        answers.monthsLowIncome = monthsUnknown.getValue() ? null : Questions.parseNumber(months.getValue()).orElseThrow();
    }

    @Override
    List<SummaryLine> summary(CheckAnswers answers) {
        return List.of(new SummaryLine(getTranslation("check.benefits.bijstand"), YesNoScreen.answer(this, answers.receivingBijstand)),
                new SummaryLine(getTranslation("check.benefits.months"), answers.monthsLowIncomeUnknown
                        ? getTranslation("check.answer.unknown") : Questions.text(answers.monthsLowIncome)),
                new SummaryLine(getTranslation("check.benefits.studies"), answers.asksAboutStudies()
                        ? YesNoScreen.answer(this, answers.studyFinance == null ? Answer.UNKNOWN : answers.studyFinance)
                        : getTranslation("check.benefits.studiesNotAsked")));
    }
}
