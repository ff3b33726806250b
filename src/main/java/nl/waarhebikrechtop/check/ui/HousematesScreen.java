package nl.waarhebikrechtop.check.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.FieldSet;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import nl.waarhebikrechtop.check.CheckAnswers;
import nl.waarhebikrechtop.eligibility.Relation;
import nl.waarhebikrechtop.eligibility.Situation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Other adults in the home (not the partner or children): age and how they live with you (kostendelersnorm). */
class HousematesScreen extends Screen {

    private final TextField count = Questions.number(getTranslation("check.housemates.count"));
    private final Div rows = new Div();
    private final List<TextField> ages = new ArrayList<>();
    private final List<Checkbox> agesUnknown = new ArrayList<>();
    private final List<RadioButtonGroup<Relation>> relations = new ArrayList<>();

    HousematesScreen() {
        count.setHelperText(getTranslation("check.housemates.countHelp"));
        count.addValueChangeListener(e -> Questions.parseNumber(e.getValue())
                .filter(n -> n <= Situation.MAX_HOUSEMATES).ifPresent(this::showRows));
        rows.addClassName("repeat-rows");
        add(count, rows, why("check.housemates.why"));
    }

    private void showRows(int n) {
        while (ages.size() < n) {
            TextField age = Questions.number(getTranslation("check.housemates.age"));
            Checkbox unknown = new Checkbox(getTranslation("check.answer.unknown"));
            unknown.addValueChangeListener(e -> age.setEnabled(!e.getValue()));
            RadioButtonGroup<Relation> relation = new RadioButtonGroup<>(getTranslation("check.housemates.relation"));
            relation.setItems(Relation.values());
            relation.setItemLabelGenerator(r -> getTranslation("check.relation." + r.name().toLowerCase()));
            FieldSet set = new FieldSet(getTranslation("check.housemates.person", ages.size() + 1));
            set.add(age, unknown, relation);
            ages.add(age);
            agesUnknown.add(unknown);
            relations.add(relation);
            rows.add(set);
        }
        while (ages.size() > n) {
            ages.removeLast();
            agesUnknown.removeLast();
            relations.removeLast();
            rows.remove(rows.getComponentAt(rows.getComponentCount() - 1));
        }
    }

    @Override
    String id() {
        return "housemates";
    }

    @Override
    void load(CheckAnswers answers) {
        count.setValue(Questions.text(answers.housemateCount));
        showRows(answers.housemates.size());
        for (int i = 0; i < answers.housemates.size(); i++) {
            CheckAnswers.HousemateAnswer h = answers.housemates.get(i);
            ages.get(i).setValue(Questions.text(h.age));
            agesUnknown.get(i).setValue(h.ageUnknown);
            relations.get(i).setValue(h.relation);
        }
    }

    @Override
    void validate() {
        Optional<Integer> n = validCount(count, Situation.MAX_HOUSEMATES);
        if (n.isEmpty()) {
            return;
        }
        showRows(n.get());
        for (int i = 0; i < ages.size(); i++) {
            accept(ages.get(i));
            accept(relations.get(i));
            Optional<Integer> age = Questions.parseNumber(ages.get(i).getValue());
            if (!agesUnknown.get(i).getValue()
                    && (age.isEmpty() || age.get() < Situation.MIN_AGE || age.get() > Situation.MAX_AGE)) {
                reject(ages.get(i), "check.error.housemateAge", Situation.MIN_AGE, Situation.MAX_AGE);
            }
            if (relations.get(i).getValue() == null) {
                reject(relations.get(i), "check.error.choose");
            }
        }
    }

    @Override
    void write(CheckAnswers answers) {
        int n = Questions.parseNumber(count.getValue()).orElseThrow();
        answers.housemateCount = n;
        answers.resizeHousemates(n);
        for (int i = 0; i < n; i++) {
            CheckAnswers.HousemateAnswer h = answers.housemates.get(i);
            h.ageUnknown = agesUnknown.get(i).getValue();
            h.age = h.ageUnknown ? null : Questions.parseNumber(ages.get(i).getValue()).orElseThrow();
            h.relation = relations.get(i).getValue();
        }
    }

    @Override
    List<SummaryLine> summary(CheckAnswers answers) {
        List<SummaryLine> lines = new ArrayList<>();
        lines.add(new SummaryLine(getTranslation("check.housemates.count"), Questions.text(answers.housemateCount)));
        for (int i = 0; i < answers.housemates.size(); i++) {
            CheckAnswers.HousemateAnswer h = answers.housemates.get(i);
            String age = h.ageUnknown ? getTranslation("check.housemates.ageUnknown") : getTranslation("check.years", h.age);
            lines.add(new SummaryLine(getTranslation("check.housemates.person", i + 1),
                    age + ", " + getTranslation("check.relation." + h.relation.name().toLowerCase())));
        }
        return lines;
    }
}
