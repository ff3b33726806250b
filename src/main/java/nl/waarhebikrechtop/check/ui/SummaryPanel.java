package nl.waarhebikrechtop.check.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import nl.waarhebikrechtop.check.CheckAnswers;

import java.util.function.IntConsumer;

/** All answers on one page, grouped by screen, each group with a "Wijzig" button that opens that screen. */
class SummaryPanel extends Div {

    SummaryPanel(CheckAnswers answers, IntConsumer edit) {
        addClassName("check-summary");
        add(new Paragraph(getTranslation("check.summary.intro")));
        for (CheckFlow.Applicable applicable : CheckFlow.applicable(answers)) {
            Screen screen = applicable.screen();
            String title = getTranslation("check." + screen.id() + ".title");
            DescriptionList list = new DescriptionList();
            for (Screen.SummaryLine line : screen.summary(answers)) {
                list.add(new DescriptionList.Term(line.question()), new DescriptionList.Description(line.answer()));
            }
            int target = applicable.index();
            Button change = new Button(getTranslation("check.summary.change"), e -> edit.accept(target));
            change.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            change.getElement().setAttribute("aria-label", getTranslation("check.summary.changeLabel", title));
            Section section = new Section(new H2(title), list, change);
            section.addClassName("summary-section");
            add(section);
        }
    }
}
