package nl.waarhebikrechtop.aanvraag.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.FieldSet;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import nl.waarhebikrechtop.eligibility.HomeMunicipality;
import nl.waarhebikrechtop.eligibility.Income;
import nl.waarhebikrechtop.eligibility.School;
import nl.waarhebikrechtop.eligibility.Situation;
import nl.waarhebikrechtop.shared.ui.MoneyInput;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.IntConsumer;

/**
 * The household on the application form, prefilled from the check or empty. The other answers of the check
 * (assets, housemates, ...) travel along unchanged in the base situation.
 */
class HouseholdFields extends FieldSet {

    /** Carrier for the answers the form does not ask when the resident did not do the check: all unknown. */
    static final Situation UNKNOWN_HOUSEHOLD = new Situation(HomeMunicipality.ASSEN, false, Situation.MIN_AGE, null,
            List.of(), List.of(), new Income(null, null, null, null), null,
            nl.waarhebikrechtop.eligibility.Answer.UNKNOWN, nl.waarhebikrechtop.eligibility.Answer.UNKNOWN,
            nl.waarhebikrechtop.eligibility.Answer.UNKNOWN, null, null,
            nl.waarhebikrechtop.eligibility.Answer.UNKNOWN);

    private final Situation base;
    private final Runnable onChange;
    private final IntConsumer onChildRemoved;
    private final Select<HomeMunicipality> municipality = new Select<>();
    private final IntegerField age = new IntegerField();
    private final Checkbox partner = new Checkbox();
    private final IntegerField partnerAge = new IntegerField();
    private final TextField income = new TextField();
    private final Div children = new Div();
    private final List<ChildRow> rows = new ArrayList<>();

    /** One child: its age and school. */
    private record ChildRow(Div row, IntegerField age, Select<School> school) {
    }

    /**
     * @param onChange       called after any change of the household
     * @param onChildRemoved called with the position of a removed child before {@code onChange}, so that what was
     *                       ticked for the children after it moves along with them
     */
    HouseholdFields(Situation base, boolean prefilled, Runnable onChange, IntConsumer onChildRemoved) {
        super();
        this.base = base;
        this.onChange = onChange;
        this.onChildRemoved = onChildRemoved;
        setLegendText(getTranslation("apply.household"));
        municipality.setLabel(getTranslation("apply.household.municipality"));
        municipality.setItems(HomeMunicipality.ASSEN, HomeMunicipality.AA_EN_HUNZE, HomeMunicipality.TYNAARLO);
        municipality.setItemLabelGenerator(HomeMunicipality::displayName);
        municipality.setValue(base.municipality() == HomeMunicipality.ELSEWHERE ? HomeMunicipality.ASSEN
                : base.municipality());
        age.setLabel(getTranslation("apply.household.age"));
        age.setMin(Situation.MIN_AGE);
        age.setMax(Situation.MAX_AGE);
        partner.setLabel(getTranslation("apply.household.partner"));
        partnerAge.setLabel(getTranslation("apply.household.partnerAge"));
        income.setLabel(getTranslation("apply.household.income"));
        income.setHelperText(getTranslation("apply.household.income.help"));
        if (prefilled) {
            age.setValue(base.age());
            partner.setValue(base.hasPartner());
            partnerAge.setValue(base.hasPartner() ? base.partner().age() : null);
            base.children().forEach(child -> addChild(child.age(), child.school()));
            if (base.income().complete()) {
                income.setValue(MoneyInput.format(base.income().knownTotal(), Locale.of("nl")));
            }
        }
        partnerAge.setVisible(partner.getValue());
        partner.addValueChangeListener(e -> partnerAge.setVisible(e.getValue()));
        Button add = new Button(getTranslation("apply.child.add"), e -> {
            addChild(null, School.PRIMARY);
            onChange.run();
        });
        add(municipality, age, partner, partnerAge, income, children, add);
        municipality.addValueChangeListener(e -> onChange.run());
        age.addValueChangeListener(e -> onChange.run());
        partner.addValueChangeListener(e -> onChange.run());
        partnerAge.addValueChangeListener(e -> onChange.run());
        income.addValueChangeListener(e -> onChange.run());
    }

    private void addChild(@Nullable Integer childAge, School school) {
        IntegerField ageField = new IntegerField(getTranslation("apply.child.age"));
        ageField.setMin(0);
        ageField.setMax(Situation.MAX_AGE);
        ageField.setValue(childAge);
        Select<School> schoolField = new Select<>();
        schoolField.setLabel(getTranslation("apply.child.school"));
        schoolField.setItems(School.values());
        schoolField.setItemLabelGenerator(s -> getTranslation("check.school." + s.name().toLowerCase(Locale.ROOT)));
        schoolField.setValue(school);
        Div row = new Div();
        row.addClassName("apply-child");
        ChildRow child = new ChildRow(row, ageField, schoolField);
        Button remove = new Button(getTranslation("apply.child.remove"), e -> {
            int position = rows.indexOf(child);
            rows.remove(child);
            children.remove(row);
            onChildRemoved.accept(position);
            onChange.run();
        });
        row.add(ageField, schoolField, remove);
        rows.add(child);
        children.add(row);
        ageField.addValueChangeListener(e -> onChange.run());
        schoolField.addValueChangeListener(e -> onChange.run());
    }

    /**
     * The household as typed, or empty when an age is missing or the income is not an amount.
     *
     * @param showMissing whether to mark missing ages next to their fields (on save and submit; not while the
     *                    resident is still filling in the form)
     */
    Optional<Situation> situation(boolean showMissing) {
        boolean ok = required(age, showMissing) & (!partner.getValue() || required(partnerAge, showMissing));
        List<Situation.Child> kids = new ArrayList<>();
        for (ChildRow row : rows) {
            ok &= required(row.age(), showMissing);
            kids.add(new Situation.Child(row.age().getValue() == null ? 0 : row.age().getValue(),
                    row.school().getValue() == null ? School.UNKNOWN : row.school().getValue()));
        }
        Income typedIncome = base.income();
        if (!income.getValue().isBlank()) {
            Optional<BigDecimal> amount = MoneyInput.parse(income.getValue());
            income.setInvalid(amount.isEmpty());
            income.setErrorMessage(amount.isEmpty() ? getTranslation("apply.error.income") : null);
            ok &= amount.isPresent();
            if (amount.isPresent() && !(base.income().complete()
                    && amount.get().compareTo(base.income().knownTotal()) == 0)) {
                typedIncome = new Income(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, amount.get());
            }
        } else {
            income.setInvalid(false);
        }
        if (!ok) {
            return Optional.empty();
        }
        return Optional.of(new Situation(municipality.getValue(), base.moving(), age.getValue(),
                partner.getValue() ? new Situation.Partner(partnerAge.getValue()) : null, kids, base.housemates(),
                typedIncome, base.assets(), base.ownHome(), base.debts(), base.receivingBijstand(),
                base.monthsAtOrBelowNorm(), base.monthlyRent(), base.studyFinance()));
    }

    /** Shows the household's problems from the rules (e.g. a child older than the parent) in one message. */
    void showProblems(List<String> messages) {
        getChildren().filter(c -> c.hasClassName("household-problems")).toList().forEach(this::remove);
        if (!messages.isEmpty()) {
            Paragraph problems = new Paragraph(String.join(" ", messages));
            problems.addClassNames("household-problems", "error-text");
            problems.getElement().setAttribute("role", "alert");
            add(problems);
        }
    }

    private boolean required(IntegerField field, boolean showMissing) {
        boolean missing = field.getValue() == null;
        if (missing && !showMissing) {
            return false;
        }
        field.setInvalid(missing);
        field.setErrorMessage(missing ? getTranslation("apply.error.age") : null);
        return !missing;
    }
}
