package nl.waarhebikrechtop.aanvraag.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import nl.waarhebikrechtop.aanvraag.Application;
import nl.waarhebikrechtop.aanvraag.ApplicationDocuments;
import nl.waarhebikrechtop.aanvraag.ApplicationService;
import nl.waarhebikrechtop.aanvraag.FormField;
import nl.waarhebikrechtop.aanvraag.Scheme;
import nl.waarhebikrechtop.aanvraag.Submitted;
import nl.waarhebikrechtop.eligibility.FieldError;
import nl.waarhebikrechtop.eligibility.Situation;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The application form: household, what is asked for, contact details, declaration. Nothing typed is cleared by a
 * validation message; the service decides what is missing and what fits the household.
 */
class ApplicationForm extends Div {

    private final ApplicationService applications;
    private final Consumer<Submitted> onSubmitted;
    private Consumer<Application> onEdit = a -> { };
    private Application draft;
    private final HouseholdFields household;
    private final ChoicesPanel choices;
    private final ContactFields contact;
    private final Checkbox declaration = new Checkbox();
    private final Paragraph declarationError = new Paragraph();
    private final Paragraph status = new Paragraph();

    ApplicationForm(ApplicationService applications, ApplicationDocuments documents, Application draft,
                    boolean prefilled, Consumer<Submitted> onSubmitted) {
        this.applications = applications;
        this.draft = draft;
        this.onSubmitted = onSubmitted;
        addClassName("application-form");
        choices = new ChoicesPanel(draft.choices());
        household = new HouseholdFields(draft.situation(), prefilled, this::householdChanged, choices::childRemoved);
        contact = new ContactFields(draft.contact(), draft.scheme() == Scheme.MEEDOEN);
        declaration.setLabel(getTranslation("apply.declaration"));
        declarationError.addClassName("error-text");
        declarationError.setVisible(false);
        status.getElement().setAttribute("role", "status");
        Button save = new Button(getTranslation("apply.save"), e -> save());
        Button submit = new Button(getTranslation("apply.submit"), e -> submit());
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        DocumentsPanel files = new DocumentsPanel("documents.intro.draft", documents, () -> this.draft,
                (name, content) -> current(false).map(edited -> {
                    ApplicationDocuments.Outcome outcome = documents.attach(edited, name, content);
                    this.draft = outcome.application();
                    return outcome;
                }));
        add(household, choices, files, contact, declaration, declarationError, new Div(submit, save), status);
        householdChanged();
        choices.onChange(this::edited);
        contact.onChange(this::edited);
    }

    /** Called with the draft as on the screen after every change, so that a reload loses nothing typed. */
    void onEdit(Consumer<Application> listener) {
        onEdit = listener;
    }

    private void edited() {
        current(false).ifPresent(onEdit);
    }

    private void householdChanged() {
        household.situation(false).ifPresent(situation -> {
            List<FieldError> problems = applications.householdProblems(situation);
            household.showProblems(problems.stream().map(p -> "en".equals(getLocale().getLanguage()) ? p.en() : p.nl())
                    .toList());
            if (problems.isEmpty()) {
                choices.show(applications.options(draft.scheme(), situation), situation);
            }
        });
        edited();
    }

    /** The draft with what is on the screen now, or empty when the household cannot be read yet. */
    private Optional<Application> current(boolean showMissing) {
        Optional<Situation> situation = household.situation(showMissing)
                .filter(s -> applications.householdProblems(s).isEmpty());
        return situation.map(s -> draft.edited(s, choices.chosen(), contact.contact(), getLocale()));
    }

    private void save() {
        Optional<Application> edited = current(true);
        if (edited.isEmpty()) {
            fail();
            return;
        }
        Map<FormField, String> problems = applications.draftProblems(edited.get());
        contact.showProblems(problems, this::getTranslation);
        if (!problems.isEmpty()) {
            fail();
            return;
        }
        draft = applications.saveDraft(edited.get());
        onEdit.accept(draft);
        status.setText(getTranslation("apply.saved", draft.contact().email()));
    }

    private void submit() {
        Optional<Application> edited = current(true);
        if (edited.isEmpty()) {
            fail();
            return;
        }
        Map<FormField, String> problems = applications.submitProblems(edited.get(), declaration.getValue());
        contact.showProblems(problems, this::getTranslation);
        String choiceProblem = problems.get(FormField.CHOICES);
        choices.showError(choiceProblem == null ? null : getTranslation(choiceProblem));
        declarationError.setText(getTranslation("apply.error.declaration"));
        declarationError.setVisible(problems.containsKey(FormField.DECLARATION));
        if (!problems.isEmpty()) {
            fail();
            return;
        }
        onSubmitted.accept(applications.submit(edited.get(), true));
    }

    private void fail() {
        status.setText(getTranslation("apply.fixErrors"));
    }
}
