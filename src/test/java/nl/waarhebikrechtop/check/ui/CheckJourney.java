package nl.waarhebikrechtop.check.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.html.FieldSet;

import java.util.List;
import java.util.stream.Collectors;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;

/**
 * Drives the questionnaire the way a resident does, by the labels on the screen (Dutch). Counts the screens and
 * clicks so the tests can report how long the check is for a household.
 */
final class CheckJourney {

    int screens = 1;
    int clicks;

    String heading() {
        return _get(H1.class).getText();
    }

    @SuppressWarnings("unchecked")
    CheckJourney choose(String question, String answer) {
        RadioButtonGroup<Object> group = _get(RadioButtonGroup.class, s -> s.withLabel(question));
        Object item = group.getListDataView().getItems()
                .filter(i -> group.getItemLabelGenerator().apply(i).equals(answer)).findFirst()
                .orElseThrow(() -> new AssertionError("no answer '" + answer + "' for '" + question + "'"));
        _setValue(group, item);
        clicks++;
        return this;
    }

    CheckJourney type(String label, String text) {
        _setValue(_get(TextField.class, s -> s.withLabel(label)), text);
        return this;
    }

    /** Types into the n-th (1-based) field with this label, for repeated rows such as children. */
    CheckJourney type(String label, int n, String text) {
        _setValue(_find(TextField.class, s -> s.withLabel(label)).get(n - 1), text);
        return this;
    }

    @SuppressWarnings("unchecked")
    CheckJourney select(String label, int n, String itemLabel) {
        Select<Object> select = _find(Select.class, s -> s.withLabel(label)).get(n - 1);
        Object item = select.getListDataView().getItems()
                .filter(i -> select.getItemLabelGenerator().apply(i).equals(itemLabel)).findFirst().orElseThrow();
        _setValue(select, item);
        clicks++;
        return this;
    }

    @SuppressWarnings("unchecked")
    CheckJourney chooseIn(String fieldset, String question, String answer) {
        FieldSet set = _get(FieldSet.class, s -> s.withPredicate(f -> f.getLegend() != null
                && f.getLegend().getText().equals(fieldset)));
        RadioButtonGroup<Object> group = _get(set, RadioButtonGroup.class, s -> s.withLabel(question));
        Object item = group.getListDataView().getItems()
                .filter(i -> group.getItemLabelGenerator().apply(i).equals(answer)).findFirst().orElseThrow();
        _setValue(group, item);
        clicks++;
        return this;
    }

    /** Ticks the n-th "Weet ik niet" box on the screen (1-based). */
    CheckJourney dontKnow(int n) {
        _setValue(_find(Checkbox.class, s -> s.withLabel("Weet ik niet")).get(n - 1), true);
        clicks++;
        return this;
    }

    CheckJourney tick(String label) {
        _setValue(_get(Checkbox.class, s -> s.withLabel(label)), true);
        clicks++;
        return this;
    }

    CheckJourney next() {
        String before = heading();
        click("Volgende");
        if (!heading().equals(before)) {
            screens++;
        }
        return this;
    }

    CheckJourney click(String text) {
        _click(_get(Button.class, s -> s.withText(text)));
        clicks++;
        return this;
    }

    /**
     * A single parent in Assen, 35, one child of 9 at primary school, € 1.200 from work, € 500 savings, renting for
     * € 650: fills in every screen up to the summary.
     */
    CheckJourney singleParentWorkingInAssen() {
        return choose("In welke gemeente woont u?", "Assen").next()
                .type("Hoe oud bent u?", "35").choose("Bent u getrouwd of woont u samen?", "Nee").next()
                .type("Hoeveel kinderen wonen er bij u?", "1")
                .type("Leeftijd", 1, "9").select("Naar welke school gaat dit kind?", 1, "Basisschool").next()
                .type("Hoeveel andere volwassenen wonen er bij u?", "0").next()
                .type("Loon of winst uit werk", "1.200").type("Uitkering of pensioen", "0")
                .type("Alimentatie voor uzelf", "0").type("Ander inkomen", "0").next()
                .type("Hoeveel spaargeld en bezit heeft u samen?", "500").choose("Heeft u een eigen huis?", "Nee").next()
                .choose("Heeft u schulden?", "Nee").next()
                .choose("Krijgt u nu bijstand?", "Nee").dontKnow(1).next()
                .type("Hoeveel huur betaalt u per maand?", "650").next();
    }

    /** The error messages shown next to fields on the current screen. */
    static List<String> errors() {
        return _find(Component.class, s -> s.withPredicate(c -> c instanceof com.vaadin.flow.component.HasValidation v
                && v.isInvalid())).stream()
                .map(c -> ((com.vaadin.flow.component.HasValidation) c).getErrorMessage())
                .collect(Collectors.toList());
    }
}
