package nl.waarhebikrechtop.aanvraag.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.FieldSet;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import nl.waarhebikrechtop.aanvraag.Beneficiary;
import nl.waarhebikrechtop.aanvraag.Choice;
import nl.waarhebikrechtop.aanvraag.Option;
import nl.waarhebikrechtop.eligibility.Situation;
import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * What the resident asks for, per person. Options that do not fit a person are shown disabled with the reason, so
 * nobody wonders where something went. Ticks survive a change of the household for the options that still exist.
 */
class ChoicesPanel extends FieldSet {

    private final Set<Choice> chosen = new LinkedHashSet<>();
    private final Div content = new Div();
    private final Paragraph error = new Paragraph();
    private Runnable onChange = () -> { };

    ChoicesPanel(List<Choice> initial) {
        setLegendText(getTranslation("apply.choices"));
        chosen.addAll(initial);
        error.addClassName("error-text");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        add(error, content);
        content.add(new Paragraph(getTranslation("apply.choices.noChildren")));
    }

    void show(List<Option> options, Situation situation) {
        content.removeAll();
        Set<Choice> offered = new LinkedHashSet<>();
        String group = null;
        for (Option option : options) {
            String heading = heading(option.choice(), situation);
            if (!Objects.equals(heading, group)) {
                content.add(new H3(heading));
                group = heading;
            }
            content.add(option(option));
            if (option.eligible()) {
                offered.add(option.choice());
            }
        }
        chosen.retainAll(offered);
        if (options.isEmpty()) {
            content.add(new Paragraph(getTranslation("apply.choices.noChildren")));
        }
    }

    void onChange(Runnable listener) {
        onChange = listener;
    }

    /** A child left the household: its ticks go, and those of the children after it move up one place. */
    void childRemoved(int position) {
        List<Choice> moved = new ArrayList<>();
        for (Choice choice : chosen) {
            if (choice.beneficiary() != Beneficiary.CHILD || choice.index() < position) {
                moved.add(choice);
            } else if (choice.index() > position) {
                moved.add(Choice.forChild(choice.index() - 1, choice.item()));
            }
        }
        chosen.clear();
        chosen.addAll(moved);
    }

    List<Choice> chosen() {
        return new ArrayList<>(chosen);
    }

    void showError(@Nullable String message) {
        error.setText(message == null ? "" : message);
        error.setVisible(message != null);
    }

    private Div option(Option option) {
        Locale locale = getLocale();
        Checkbox box = new Checkbox(option.name().in(locale));
        box.setValue(option.eligible() && chosen.contains(option.choice()));
        box.setEnabled(option.eligible());
        box.addValueChangeListener(e -> {
            if (e.getValue()) {
                chosen.add(option.choice());
            } else {
                chosen.remove(option.choice());
            }
            onChange.run();
        });
        Paragraph text = new Paragraph(option.eligible() || option.reason() == null ? option.description().in(locale)
                : getTranslation("apply.choices.notFor", option.reason().in(locale)));
        text.addClassName(option.eligible() ? "option-description" : "option-reason");
        String id = "option-" + option.choice().beneficiary().name().toLowerCase(Locale.ROOT) + "-"
                + option.choice().index() + "-" + option.choice().item();
        text.setId(id);
        box.getElement().setAttribute("aria-describedby", id);
        Div row = new Div(box, text);
        row.addClassName("option");
        if (!option.eligible()) {
            row.addClassName("option-disabled");
        }
        return row;
    }

    private String heading(Choice choice, Situation situation) {
        return switch (choice.beneficiary()) {
            case CHILD -> getTranslation("apply.choices.child", choice.index() + 1,
                    situation.children().get(choice.index()).age());
            case APPLICANT -> getTranslation("apply.choices.applicant");
            case PARTNER -> getTranslation("apply.choices.partner");
        };
    }

}
