package nl.waarhebikrechtop.check.ui;

import com.vaadin.flow.component.html.Paragraph;
import nl.waarhebikrechtop.check.CheckAnswers;
import nl.waarhebikrechtop.check.CheckAnswers.IncomeSource;
import nl.waarhebikrechtop.check.CheckAnswers.MoneyAnswer;
import nl.waarhebikrechtop.eligibility.Situation;
import nl.waarhebikrechtop.shared.ui.MoneyInput;

import java.util.ArrayList;
import java.util.List;

/** Net monthly income of the household, per source. Kindgebonden budget and the single-parent supplement are left out. */
class IncomeScreen extends Screen {

    private final List<MoneyQuestion> sources = new ArrayList<>();

    IncomeScreen() {
        add(new Paragraph(getTranslation("check.income.intro")));
        for (IncomeSource source : IncomeSource.values()) {
            MoneyQuestion question = new MoneyQuestion(
                    getTranslation("check.income." + source.name().toLowerCase()), getTranslation("check.answer.unknown"));
            question.amount.setHelperText(getTranslation("check.income." + source.name().toLowerCase() + "Help"));
            sources.add(question);
            add(question);
        }
        add(why("check.income.why"));
    }

    @Override
    String id() {
        return "income";
    }

    @Override
    void load(CheckAnswers answers) {
        for (int i = 0; i < sources.size(); i++) {
            sources.get(i).load(answers.income[i]);
        }
    }

    @Override
    void validate() {
        for (MoneyQuestion question : sources) {
            validateAmount(this, question, Situation.MAX_MONTHLY_AMOUNT);
        }
    }

    /** Empty means none here; otherwise an amount (not too large) or "weet ik niet". */
    static void validateAmount(Screen screen, MoneyQuestion question, java.math.BigDecimal max) {
        accept(question.amount);
        if (question.blank()) {
            screen.reject(question.amount, "check.error.amountRequired");
        } else if (!question.valid()) {
            screen.reject(question.amount, "check.error.amount");
        } else if (!question.unknown.getValue() && question.value().amount().compareTo(max) > 0) {
            screen.reject(question.amount, "check.error.amountTooHigh", MoneyInput.format(max, screen.locale()));
        }
    }

    @Override
    void write(CheckAnswers answers) {
        for (int i = 0; i < sources.size(); i++) {
            answers.income[i] = sources.get(i).value();
        }
    }

    @Override
    List<SummaryLine> summary(CheckAnswers answers) {
        List<SummaryLine> lines = new ArrayList<>();
        for (IncomeSource source : IncomeSource.values()) {
            lines.add(new SummaryLine(getTranslation("check.income." + source.name().toLowerCase()),
                    money(this, answers.income[source.ordinal()])));
        }
        return lines;
    }

    static String money(Screen screen, MoneyAnswer answer) {
        if (answer == null) {
            return "";
        }
        if (answer.unknown()) {
            return screen.getTranslation("check.answer.unknown");
        }
        return answer.amount() == null ? screen.getTranslation("check.rent.none")
                : MoneyInput.format(answer.amount(), screen.locale());
    }
}
