package nl.waarhebikrechtop.check.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import nl.waarhebikrechtop.check.CheckAnswers;
import nl.waarhebikrechtop.eligibility.HomeMunicipality;

import java.util.ArrayList;
import java.util.List;

/** Where you live, or are moving to. Also the first screen: it says the check is anonymous. */
class PlaceScreen extends Screen {

    private final RadioButtonGroup<HomeMunicipality> livesIn = new RadioButtonGroup<>();
    private final RadioButtonGroup<HomeMunicipality> movingTo = new RadioButtonGroup<>();

    PlaceScreen() {
        Paragraph anonymous = new Paragraph(getTranslation("check.place.anonymous"));
        anonymous.addClassName("notice-info");
        Anchor privacy = new Anchor("privacy", getTranslation("check.place.privacyLink"));
        privacy.getElement().setAttribute("router-link", true);
        anonymous.add(new com.vaadin.flow.component.Text(" "), privacy);
        livesIn.setLabel(getTranslation("check.place.livesIn"));
        livesIn.setItems(HomeMunicipality.values());
        livesIn.setItemLabelGenerator(this::name);
        movingTo.setLabel(getTranslation("check.place.movingTo"));
        movingTo.setItems(HomeMunicipality.values());
        movingTo.setItemLabelGenerator(m -> m == HomeMunicipality.ELSEWHERE
                ? getTranslation("check.place.notMoving") : m.displayName());
        livesIn.addValueChangeListener(e -> movingTo.setVisible(e.getValue() == HomeMunicipality.ELSEWHERE));
        movingTo.setVisible(false);
        add(anonymous, livesIn, movingTo, why("check.place.why"));
    }

    private String name(HomeMunicipality m) {
        return m == HomeMunicipality.ELSEWHERE ? getTranslation("check.place.elsewhere") : m.displayName();
    }

    @Override
    String id() {
        return "place";
    }

    @Override
    void load(CheckAnswers answers) {
        livesIn.setValue(answers.livesIn);
        movingTo.setValue(answers.movingTo);
    }

    @Override
    void validate() {
        accept(livesIn);
        accept(movingTo);
        if (livesIn.getValue() == null) {
            reject(livesIn, "check.error.choose");
        } else if (livesIn.getValue() == HomeMunicipality.ELSEWHERE && movingTo.getValue() == null) {
            reject(movingTo, "check.error.choose");
        }
    }

    @Override
    void write(CheckAnswers answers) {
        answers.livesIn = livesIn.getValue();
        answers.movingTo = livesIn.getValue() == HomeMunicipality.ELSEWHERE ? movingTo.getValue() : null;
    }

    @Override
    List<SummaryLine> summary(CheckAnswers answers) {
        List<SummaryLine> lines = new ArrayList<>();
        lines.add(new SummaryLine(getTranslation("check.place.livesIn"), answers.livesIn == null ? "" : name(answers.livesIn)));
        if (answers.livesIn == HomeMunicipality.ELSEWHERE && answers.movingTo != null) {
            lines.add(new SummaryLine(getTranslation("check.place.movingTo"), answers.movingTo == HomeMunicipality.ELSEWHERE
                    ? getTranslation("check.place.notMoving") : answers.movingTo.displayName()));
        }
        return lines;
    }
}
