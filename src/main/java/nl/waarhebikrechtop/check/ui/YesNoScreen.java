package nl.waarhebikrechtop.check.ui;

import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import nl.waarhebikrechtop.check.CheckAnswers;
import nl.waarhebikrechtop.eligibility.Answer;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;

/** A screen with one yes / no / "weet ik niet" question: debts, for instance. */
class YesNoScreen extends Screen {

    private final String id;
    private final RadioButtonGroup<Answer> question;
    private final Function<CheckAnswers, Answer> getter;
    private final BiConsumer<CheckAnswers, Answer> setter;

    YesNoScreen(String id, Function<CheckAnswers, Answer> getter, BiConsumer<CheckAnswers, Answer> setter) {
        this.id = id;
        this.getter = getter;
        this.setter = setter;
        question = Questions.yesNoUnknown(getTranslation("check." + id + ".question"), this::getTranslation);
        question.setHelperText(getTranslation("check." + id + ".help"));
        add(question, why("check." + id + ".why"));
    }

    @Override
    String id() {
        return id;
    }

    @Override
    void load(CheckAnswers answers) {
        question.setValue(getter.apply(answers));
    }

    @Override
    void validate() {
        accept(question);
        if (question.getValue() == null) {
            reject(question, "check.error.choose");
        }
    }

    @Override
    void write(CheckAnswers answers) {
        setter.accept(answers, question.getValue());
    }

    @Override
    List<SummaryLine> summary(CheckAnswers answers) {
        return List.of(new SummaryLine(getTranslation("check." + id + ".question"), answer(this, getter.apply(answers))));
    }

    static String answer(Screen screen, Answer answer) {
        return answer == null ? "" : screen.getTranslation("check.answer." + answer.name().toLowerCase());
    }
}
