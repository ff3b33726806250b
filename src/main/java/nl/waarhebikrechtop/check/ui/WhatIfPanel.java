package nl.waarhebikrechtop.check.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextField;
import nl.waarhebikrechtop.check.CheckAnswers;
import nl.waarhebikrechtop.eligibility.Relation;
import nl.waarhebikrechtop.eligibility.Situation;
import nl.waarhebikrechtop.shared.ui.MoneyInput;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * "Wat als…": try another income from work, or one housemate more or less, and see the results change. The
 * resident's own answers stay as they are; only the results on the page are recomputed.
 */
class WhatIfPanel extends Section {

    private final CheckAnswers answers;
    private final TextField work = new TextField();
    private final TextField housemates = Questions.number(getTranslation("whatIf.housemates"));

    /** An added housemate has this age: the youngest that counts for the kostendelersnorm, from the rules. */
    private final int sharerAge;

    WhatIfPanel(CheckAnswers answers, int sharerAge, Consumer<Situation> recompute) {
        this.answers = answers;
        this.sharerAge = sharerAge;
        addClassName("what-if");
        addClassName("no-print");
        work.setLabel(getTranslation("whatIf.work"));
        work.setPrefixComponent(new com.vaadin.flow.component.html.Span("€"));
        work.getElement().setAttribute("inputmode", "decimal");
        BigDecimal current = answers.income[CheckAnswers.IncomeSource.WORK.ordinal()].amount();
        work.setValue(current == null ? "" : MoneyInput.format(current, getLocale()));
        housemates.setValue(Questions.text(answers.housemateCount));
        housemates.setHelperText(getTranslation("whatIf.housematesHelp"));
        Button apply = new Button(getTranslation("whatIf.apply"), e -> {
            Optional<Situation> changed = changed();
            changed.ifPresent(recompute);
        });
        add(new H2(getTranslation("whatIf.title")), new Paragraph(getTranslation("whatIf.intro")), work, housemates, apply);
    }

    /** The resident's situation with the two what-if answers applied; empty (with messages) when they are wrong. */
    Optional<Situation> changed() {
        work.setInvalid(false);
        housemates.setInvalid(false);
        Situation base = answers.toSituation();
        Optional<BigDecimal> amount = work.getValue().isBlank() ? Optional.of(BigDecimal.ZERO.setScale(2))
                : MoneyInput.parse(work.getValue());
        if (amount.isEmpty()) {
            work.setErrorMessage(getTranslation("check.error.amount"));
            work.setInvalid(true);
            return Optional.empty();
        }
        Optional<Integer> count = Questions.parseNumber(housemates.getValue());
        if (count.isEmpty() || count.get() > Situation.MAX_HOUSEMATES) {
            housemates.setErrorMessage(getTranslation("check.error.tooMany", Situation.MAX_HOUSEMATES));
            housemates.setInvalid(true);
            return Optional.empty();
        }
        List<Situation.Housemate> others = new ArrayList<>(base.housemates().subList(0,
                Math.min(count.get(), base.housemates().size())));
        while (others.size() < count.get()) {
            // An extra housemate old enough to share the costs: the case that changes the norm.
            others.add(new Situation.Housemate(sharerAge, Relation.FAMILY));
        }
        return Optional.of(base.withIncome(base.income().withWork(amount.get())).withHousemates(others));
    }
}
