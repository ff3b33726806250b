package nl.waarhebikrechtop.check.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.FieldSet;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import nl.waarhebikrechtop.check.CheckAnswers;
import nl.waarhebikrechtop.eligibility.School;
import nl.waarhebikrechtop.eligibility.Situation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Children living at home: how many, and for each the age and the school (only asked when there are children). */
class ChildrenScreen extends Screen {

    /**
     * The highest age the children question accepts; older children are entered as housemates, where their relation
     * is asked as well. An input bound of the form only: which child counts for which scheme is the rules' business.
     */
    static final int MAX_CHILD_AGE = 26;

    private final TextField count = Questions.number(getTranslation("check.children.count"));
    private final Div rows = new Div();
    private final List<TextField> ages = new ArrayList<>();
    private final List<Select<School>> schools = new ArrayList<>();

    ChildrenScreen() {
        count.setHelperText(getTranslation("check.children.countHelp"));
        count.addValueChangeListener(e -> Questions.parseNumber(e.getValue())
                .filter(n -> n <= Situation.MAX_CHILDREN).ifPresent(this::showRows));
        rows.addClassName("repeat-rows");
        add(count, rows, why("check.children.why"));
    }

    private void showRows(int n) {
        while (ages.size() < n) {
            int number = ages.size() + 1;
            TextField age = Questions.number(getTranslation("check.children.age"));
            Select<School> school = new Select<>();
            school.setLabel(getTranslation("check.children.school"));
            school.setItems(School.values());
            school.setItemLabelGenerator(s -> getTranslation("check.school." + s.name().toLowerCase()));
            FieldSet set = new FieldSet(getTranslation("check.children.child", number));
            set.add(age, school);
            ages.add(age);
            schools.add(school);
            rows.add(set);
        }
        while (ages.size() > n) {
            ages.removeLast();
            schools.removeLast();
            rows.remove(rows.getComponentAt(rows.getComponentCount() - 1));
        }
    }

    @Override
    String id() {
        return "children";
    }

    @Override
    void load(CheckAnswers answers) {
        count.setValue(Questions.text(answers.childCount));
        showRows(answers.children.size());
        for (int i = 0; i < answers.children.size(); i++) {
            ages.get(i).setValue(Questions.text(answers.children.get(i).age));
            schools.get(i).setValue(answers.children.get(i).school);
        }
    }

    @Override
    void validate() {
        Optional<Integer> n = validCount(count, Situation.MAX_CHILDREN);
        if (n.isEmpty()) {
            return;
        }
        showRows(n.get());
        for (int i = 0; i < ages.size(); i++) {
            accept(ages.get(i));
            accept(schools.get(i));
            Optional<Integer> age = Questions.parseNumber(ages.get(i).getValue());
            if (age.isEmpty() || age.get() > MAX_CHILD_AGE) {
                reject(ages.get(i), "check.error.childAge", MAX_CHILD_AGE);
            }
            if (schools.get(i).getValue() == null) {
                reject(schools.get(i), "check.error.choose");
            }
        }
    }

    @Override
    void write(CheckAnswers answers) {
        int n = Questions.parseNumber(count.getValue()).orElseThrow();
        answers.childCount = n;
        answers.resizeChildren(n);
        for (int i = 0; i < n; i++) {
            answers.children.get(i).age = Questions.parseNumber(ages.get(i).getValue()).orElseThrow();
            answers.children.get(i).school = schools.get(i).getValue();
        }
    }

    @Override
    List<SummaryLine> summary(CheckAnswers answers) {
        List<SummaryLine> lines = new ArrayList<>();
        lines.add(new SummaryLine(getTranslation("check.children.count"), Questions.text(answers.childCount)));
        for (int i = 0; i < answers.children.size(); i++) {
            CheckAnswers.ChildAnswer child = answers.children.get(i);
            lines.add(new SummaryLine(getTranslation("check.children.child", i + 1),
                    getTranslation("check.years", child.age) + ", "
                            + getTranslation("check.school." + child.school.name().toLowerCase())));
        }
        return lines;
    }
}
