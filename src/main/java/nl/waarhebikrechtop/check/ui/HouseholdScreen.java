package nl.waarhebikrechtop.check.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import nl.waarhebikrechtop.check.CheckAnswers;
import nl.waarhebikrechtop.eligibility.Situation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** You and your partner: ages, and whether there is a partner. */
class HouseholdScreen extends Screen {

    private final TextField age = Questions.number(getTranslation("check.household.age"));
    private final RadioButtonGroup<Boolean> partner = Questions.yesNo(getTranslation("check.household.partner"), this::getTranslation);
    private final TextField partnerAge = Questions.number(getTranslation("check.household.partnerAge"));
    private final Checkbox partnerAgeUnknown = new Checkbox(getTranslation("check.answer.unknown"));

    HouseholdScreen() {
        age.setSuffixComponent(null);
        age.setHelperText(getTranslation("check.household.ageHelp"));
        partner.setHelperText(getTranslation("check.household.partnerHelp"));
        partner.addValueChangeListener(e -> showPartnerAge(Boolean.TRUE.equals(e.getValue())));
        partnerAgeUnknown.addValueChangeListener(e -> partnerAge.setEnabled(!e.getValue()));
        showPartnerAge(false);
        add(age, partner, partnerAge, partnerAgeUnknown, why("check.household.why"));
    }

    private void showPartnerAge(boolean show) {
        partnerAge.setVisible(show);
        partnerAgeUnknown.setVisible(show);
    }

    @Override
    String id() {
        return "household";
    }

    @Override
    void load(CheckAnswers answers) {
        age.setValue(Questions.text(answers.age));
        partner.setValue(answers.hasPartner);
        partnerAge.setValue(Questions.text(answers.partnerAge));
        partnerAgeUnknown.setValue(answers.partnerAgeUnknown);
    }

    @Override
    void validate() {
        accept(age);
        accept(partner);
        accept(partnerAge);
        Optional<Integer> years = Questions.parseNumber(age.getValue());
        if (age.getValue().isBlank()) {
            reject(age, "check.error.ageRequired");
        } else if (years.isEmpty() || years.get() < Situation.MIN_AGE || years.get() > Situation.MAX_AGE) {
            reject(age, "check.error.ageRange", Situation.MIN_AGE, Situation.MAX_AGE);
        }
        if (partner.getValue() == null) {
            reject(partner, "check.error.choose");
        } else if (partner.getValue() && !partnerAgeUnknown.getValue()) {
            Optional<Integer> partnerYears = Questions.parseNumber(partnerAge.getValue());
            if (partnerYears.isEmpty() || partnerYears.get() < Situation.MIN_AGE || partnerYears.get() > Situation.MAX_AGE) {
                reject(partnerAge, "check.error.partnerAge", Situation.MIN_AGE, Situation.MAX_AGE);
            }
        }
    }

    @Override
    void write(CheckAnswers answers) {
        answers.age = Questions.parseNumber(age.getValue()).orElseThrow();
        answers.hasPartner = partner.getValue();
        boolean withPartner = partner.getValue();
        answers.partnerAgeUnknown = withPartner && partnerAgeUnknown.getValue();
        answers.partnerAge = withPartner && !partnerAgeUnknown.getValue()
                ? Questions.parseNumber(partnerAge.getValue()).orElseThrow() : null;
    }

    @Override
    List<SummaryLine> summary(CheckAnswers answers) {
        List<SummaryLine> lines = new ArrayList<>();
        lines.add(new SummaryLine(getTranslation("check.household.age"), getTranslation("check.years", answers.age)));
        lines.add(new SummaryLine(getTranslation("check.household.partner"),
                getTranslation(Boolean.TRUE.equals(answers.hasPartner) ? "check.answer.yes" : "check.answer.no")));
        if (Boolean.TRUE.equals(answers.hasPartner)) {
            lines.add(new SummaryLine(getTranslation("check.household.partnerAge"), answers.partnerAgeUnknown
                    ? getTranslation("check.answer.unknown") : getTranslation("check.years", answers.partnerAge)));
        }
        return lines;
    }
}
