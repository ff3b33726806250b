package nl.waarhebikrechtop.aanvraag.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.waarhebikrechtop.aanvraag.Application;
import nl.waarhebikrechtop.aanvraag.ApplicationDocuments;
import nl.waarhebikrechtop.aanvraag.ApplicationService;
import nl.waarhebikrechtop.aanvraag.Choice;
import nl.waarhebikrechtop.aanvraag.ChoiceLine;
import nl.waarhebikrechtop.aanvraag.Document;
import nl.waarhebikrechtop.aanvraag.Message;
import nl.waarhebikrechtop.aanvraag.Submitted;
import nl.waarhebikrechtop.shared.DutchTime;
import nl.waarhebikrechtop.shared.ui.MainLayout;
import nl.waarhebikrechtop.shared.ui.PageHeading;
import nl.waarhebikrechtop.shared.ui.PortalRoutes;

import java.util.List;
import java.util.Optional;

/**
 * The personal resume link: a draft opens in the form; a submitted application shows its status, and when the
 * caseworker asked for information, the question with a place to answer and to add files. A wrong and an expired
 * link get exactly the same page. The token stays in the address only; the view keeps the application it found.
 */
@Route(value = ApplyRoutes.RESUME, layout = MainLayout.class)
@AnonymousAllowed
class ResumeView extends Div implements HasDynamicTitle, BeforeEnterObserver {

    private final ApplicationService applications;
    private final ApplicationDocuments documents;
    private String title = "";
    private String token = "";

    ResumeView(ApplicationService applications, ApplicationDocuments documents) {
        this.applications = applications;
        this.documents = documents;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        token = event.getRouteParameters().get("token").orElse("");
        Optional<Application> found = applications.resume(token);
        if (found.isEmpty()) {
            title = getTranslation("apply.resume.title");
            add(new PageHeading(title), new Paragraph(getTranslation("apply.resume.invalid")),
                    PortalRoutes.link(PortalRoutes.APPLY, getTranslation("apply.resume.again")));
        } else if (found.get().isDraft()) {
            title = getTranslation("apply.form.title." + found.get().scheme().name());
            add(new PageHeading(title),
                    new ApplicationForm(applications, documents, found.get(), true, this::showSubmitted));
        } else {
            showStatus(found.get(), null);
        }
    }

    private void showStatus(Application application, String confirmation) {
        removeAll();
        title = getTranslation("apply.status.title", application.reference());
        add(new PageHeading(title));
        if (confirmation != null) {
            Paragraph done = new Paragraph(confirmation);
            done.getElement().setAttribute("role", "status");
            done.addClassName("confirmation");
            add(done);
        }
        add(new Paragraph(getTranslation("apply.status." + application.status().name())),
                new Paragraph(getTranslation("apply.status.dates",
                        SubmittedPanel.date(applications.decideBy(application), getLocale()))));
        applications.decisionNote(application).ifPresent(note -> {
            Paragraph reason = new Paragraph(note);
            reason.addClassName("question");
            add(new Paragraph(getTranslation("apply.status.note." + application.status().name())), reason);
        });
        Optional<Message> question = applications.openQuestion(application);
        if (question.isPresent()) {
            add(answerSection(application, question.get()));
        }
        add(new H2(getTranslation("apply.status.asked")), askedFor(application));
        List<Document> sent = documents.documents(application.id());
        if (question.isEmpty() && !sent.isEmpty()) {
            UnorderedList list = new UnorderedList();
            sent.forEach(d -> list.add(new ListItem(getTranslation("documents.item", d.fileName(),
                    d.readableSize(getLocale())))));
            add(new H2(getTranslation("apply.status.sentFiles")), list);
        }
    }

    /** "Verjaardagsbox (Jarige Job), voor kind 1 (9 jaar)": what the resident asked for, in their words. */
    private UnorderedList askedFor(Application application) {
        UnorderedList list = new UnorderedList();
        for (ChoiceLine line : applications.describe(application)) {
            Choice choice = line.choice();
            String who = switch (choice.beneficiary()) {
                case APPLICANT -> getTranslation("apply.status.forYou");
                case PARTNER -> getTranslation("apply.status.forPartner");
                case CHILD -> choice.index() < application.situation().children().size()
                        ? getTranslation("apply.status.forChild", choice.index() + 1,
                        application.situation().children().get(choice.index()).age())
                        : getTranslation("apply.status.forChildUnknown", choice.index() + 1);
            };
            list.add(new ListItem(getTranslation("apply.status.choice", line.name().in(getLocale()), who)));
        }
        return list;
    }

    private Div answerSection(Application application, Message question) {
        Paragraph asked = new Paragraph(getTranslation("answer.asked",
                SubmittedPanel.date(DutchTime.dateOf(question.createdAt()), getLocale())));
        Paragraph questionText = new Paragraph(question.body());
        questionText.addClassName("question");
        DocumentsPanel files = new DocumentsPanel("documents.intro.answer", documents, () -> application,
                (name, content) -> Optional.of(documents.attach(application, name, content)));
        TextArea answer = new TextArea(getTranslation("answer.text"));
        answer.setMaxLength(ApplicationService.ANSWER_MAX_LENGTH);
        answer.setHelperText(getTranslation("answer.textHelp"));
        answer.setWidthFull();
        answer.setValueChangeMode(ValueChangeMode.LAZY);
        answer.addValueChangeListener(e -> answer.setInvalid(false));
        Button send = new Button(getTranslation("answer.send"), e -> send(application, answer));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div section = new Div(new H2(getTranslation("answer.title")), asked, questionText, answer, files, send);
        section.addClassName("answer-section");
        return section;
    }

    private void send(Application application, TextArea answer) {
        Optional<String> problem = applications.answerProblem(application, answer.getValue());
        if (problem.isPresent()) {
            answer.setErrorMessage(getTranslation(problem.get()));
            answer.setInvalid(true);
            answer.focus();
            return;
        }
        applications.answer(application, answer.getValue());
        showStatus(applications.resume(token).orElseThrow(), getTranslation("answer.sent"));
    }

    private void showSubmitted(Submitted submitted) {
        removeAll();
        title = getTranslation("apply.done.title");
        add(new SubmittedPanel(submitted));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
