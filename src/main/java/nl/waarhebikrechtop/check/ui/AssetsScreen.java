package nl.waarhebikrechtop.check.ui;

import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import nl.waarhebikrechtop.check.CheckAnswers;
import nl.waarhebikrechtop.eligibility.Answer;
import nl.waarhebikrechtop.eligibility.Situation;

import java.util.List;

/** Savings and other assets, and whether the home is your own. */
class AssetsScreen extends Screen {

    private final MoneyQuestion assets = new MoneyQuestion(getTranslation("check.assets.amount"),
            getTranslation("check.answer.unknown"));
    private final RadioButtonGroup<Answer> ownHome = Questions.yesNoUnknown(getTranslation("check.assets.ownHome"),
            this::getTranslation);

    AssetsScreen() {
        assets.amount.setHelperText(getTranslation("check.assets.amountHelp"));
        add(assets, ownHome, why("check.assets.why"));
    }

    @Override
    String id() {
        return "assets";
    }

    @Override
    void load(CheckAnswers answers) {
        assets.load(answers.assets);
        ownHome.setValue(answers.ownHome);
    }

    @Override
    void validate() {
        IncomeScreen.validateAmount(this, assets, Situation.MAX_ASSETS);
        accept(ownHome);
        if (ownHome.getValue() == null) {
            reject(ownHome, "check.error.choose");
        }
    }

    @Override
    void write(CheckAnswers answers) {
        answers.assets = assets.value();
        answers.ownHome = ownHome.getValue();
    }

    @Override
    List<SummaryLine> summary(CheckAnswers answers) {
        return List.of(new SummaryLine(getTranslation("check.assets.amount"), IncomeScreen.money(this, answers.assets)),
                new SummaryLine(getTranslation("check.assets.ownHome"), YesNoScreen.answer(this, answers.ownHome)));
    }
}
