package nl.waarhebikrechtop.check.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.PreserveOnRefresh;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.waarhebikrechtop.check.CheckAnswers;
import nl.waarhebikrechtop.check.CheckSession;
import nl.waarhebikrechtop.shared.ui.MainLayout;
import nl.waarhebikrechtop.shared.ui.PageHeading;
import nl.waarhebikrechtop.shared.ui.PortalRoutes;

import java.util.HashMap;
import java.util.Map;

/**
 * The questionnaire: one topic per screen, Back and Next keep every answer, a summary where each answer can be
 * changed in one click. A reload keeps the page as it was (@PreserveOnRefresh), and the answers live in the
 * session so the results page and other features can read them.
 */
@Route(value = PortalRoutes.CHECK, layout = MainLayout.class)
@PreserveOnRefresh
@AnonymousAllowed
class CheckView extends Div implements HasDynamicTitle, BeforeLeaveObserver {

    static final String RESULTS = PortalRoutes.CHECK + "/resultaat";

    private final PageHeading heading = new PageHeading("");
    private final Paragraph progress = new Paragraph();
    private final Div problems = new Div();
    private final Div body = new Div();
    private final Button back = new Button(getTranslation("check.back"), e -> back());
    private final Button next = new Button(getTranslation("check.next"), e -> next());

    /** Screens left with input that could not be stored yet (Back on a half-filled screen): shown again as they were. */
    private final Map<Integer, Screen> unsaved = new HashMap<>();
    private int index;
    private Screen screen;

    CheckView() {
        addClassName("check");
        progress.addClassName("check-progress");
        problems.addClassName("error-summary");
        problems.getElement().setAttribute("role", "alert");
        problems.setVisible(false);
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        back.addClassName("check-back");
        Div buttons = new Div(back, next);
        buttons.addClassName("check-buttons");
        add(progress, heading, problems, body, buttons);
        show(answers().step, false);
    }

    /** Leaving the page (another menu item, the language switch) keeps what was typed here when it is valid. */
    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (screen != null) {
            screen.store(answers());
        }
    }

    private CheckAnswers answers() {
        return CheckSession.answers(VaadinSession.getCurrent());
    }

    /** Shows a screen (or the summary) and moves the keyboard focus to its heading. */
    void show(int target, boolean focus) {
        index = target;
        answers().step = target;
        problems.setVisible(false);
        body.removeAll();
        int[] position = CheckFlow.position(index, answers());
        progress.setText(getTranslation("check.progress", position[0], position[1]));
        if (index == CheckFlow.SUMMARY) {
            screen = null;
            heading.setText(getTranslation("check.summary.title"));
            body.add(new SummaryPanel(answers(), this::edit));
            next.setText(getTranslation("check.showResults"));
        } else {
            screen = unsaved.remove(index);
            if (screen == null) {
                screen = CheckFlow.build(index);
                screen.load(answers());
            }
            heading.setText(getTranslation("check." + screen.id() + ".title"));
            body.add(screen);
            next.setText(getTranslation(answers().returnToSummary ? "check.backToSummary" : "check.next"));
        }
        back.setVisible(index != 0);
        UI.getCurrent().getPage().setTitle(getPageTitle());
        if (focus) {
            heading.getElement().callJsFunction("focus");
        }
    }

    private void next() {
        if (screen == null) {
            UI.getCurrent().navigate(RESULTS);
            return;
        }
        if (!screen.store(answers())) {
            problems.removeAll();
            problems.add(new Paragraph(getTranslation("check.problems", screen.problemCount())));
            problems.setVisible(true);
            screen.focusFirstProblem();
            return;
        }
        int target = answers().returnToSummary ? CheckFlow.SUMMARY : CheckFlow.next(index, answers());
        if (target == CheckFlow.SUMMARY) {
            answers().returnToSummary = false;
        }
        show(target, true);
    }

    /** Back keeps what is typed on this screen when it is valid; invalid input is not stored but never blocks Back. */
    private void back() {
        if (screen != null && !screen.store(answers())) {
            unsaved.put(index, screen);
        }
        answers().returnToSummary = false;
        show(CheckFlow.previous(index, answers()), true);
    }

    private void edit(int target) {
        answers().returnToSummary = true;
        show(target, true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("check.pageTitleStep", heading.getText());
    }
}
