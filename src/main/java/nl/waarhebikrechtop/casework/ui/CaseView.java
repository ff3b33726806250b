package nl.waarhebikrechtop.casework.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import nl.waarhebikrechtop.aanvraag.Application;
import nl.waarhebikrechtop.aanvraag.ApplicationStatus;
import nl.waarhebikrechtop.aanvraag.Casework;
import nl.waarhebikrechtop.aanvraag.Choice;
import nl.waarhebikrechtop.aanvraag.ChoiceLine;
import nl.waarhebikrechtop.aanvraag.Document;
import nl.waarhebikrechtop.aanvraag.Message;
import nl.waarhebikrechtop.account.CurrentUser;
import nl.waarhebikrechtop.content.LocalizedText;
import nl.waarhebikrechtop.eligibility.Situation;
import nl.waarhebikrechtop.shared.ui.MainLayout;
import nl.waarhebikrechtop.shared.ui.MoneyInput;
import nl.waarhebikrechtop.shared.ui.PageHeading;
import nl.waarhebikrechtop.shared.ui.PortalRoutes;

import java.util.UUID;

/**
 * One submitted application: the household and what is asked, the eligibility as evaluated at submit condition by
 * condition, the days left, and the steps (ask for information, grant, refuse). Opening it is audited.
 */
@Route(value = PortalRoutes.STAFF_APPLICATIONS + "/:id", layout = MainLayout.class)
@RolesAllowed({"ADMIN", "CASEWORKER"})
class CaseView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final Casework casework;
    private final CurrentUser user;
    private String title = "";

    CaseView(Casework casework, CurrentUser user) {
        this.casework = casework;
        this.user = user;
        addClassName("case-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        UUID id;
        try {
            id = UUID.fromString(event.getRouteParameters().get("id").orElse(""));
        } catch (IllegalArgumentException e) {
            throw new NotFoundException();
        }
        Casework.CaseFile file;
        try {
            file = casework.open(id, user.actor());
        } catch (IllegalArgumentException e) {
            throw new NotFoundException();
        }
        render(file);
    }

    private void render(Casework.CaseFile file) {
        removeAll();
        Application a = file.application();
        title = getTranslation("case.title", a.reference());
        DescriptionList facts = new DescriptionList();
        fact(facts, "queue.scheme", getTranslation("queue.scheme." + a.scheme().name()));
        fact(facts, "queue.status", getTranslation(file.answered() ? "queue.status.answered"
                : "queue.status." + a.status().name().toLowerCase()));
        fact(facts, "queue.submitted", QueueView.DAY.format(a.submittedAt()));
        fact(facts, "case.decideBy", getTranslation(file.daysLeft() < 0 ? "case.decideByOverdue" : "case.decideByLeft",
                QueueView.DAY.format(file.decideBy()), Math.abs(file.daysLeft())));
        fact(facts, "case.contact", a.contact().name() + ", " + a.contact().street() + ", " + a.contact().postcode()
                + " " + a.contact().place() + ", " + a.contact().email()
                + (a.contact().phone().isBlank() ? "" : ", " + a.contact().phone()));
        add(PortalRoutes.link(PortalRoutes.STAFF_APPLICATIONS, getTranslation("case.back")),
                new PageHeading(title), facts, new H2(getTranslation("case.household")), household(a.situation()),
                new H2(getTranslation("case.choices")), choices(file));
        add(new H2(getTranslation("case.documents")), documents(file));
        if (!file.messages().isEmpty()) {
            add(new H2(getTranslation("case.conversation")), conversation(file));
        }
        add(new H2(getTranslation("case.assessment")));
        if (file.assessment() == null) {
            add(new Paragraph(getTranslation("case.noAssessment")));
        } else {
            add(new Paragraph(getTranslation("case.verdict",
                    getTranslation("results.verdict." + file.assessment().verdict().name().toLowerCase()))));
            UnorderedList reasons = new UnorderedList();
            for (LocalizedText reason : file.assessment().reasons()) {
                reasons.add(new ListItem(reason.in(getLocale())));
            }
            add(reasons);
        }
        if (file.note() != null) {
            add(new H2(getTranslation("case.lastNote")), new Paragraph(file.note()));
        }
        if (a.status() == ApplicationStatus.SUBMITTED || a.status() == ApplicationStatus.INFO_REQUESTED) {
            add(actions(a, file.version()));
        }
    }

    private Div actions(Application a, long version) {
        TextArea note = new TextArea(getTranslation("case.note"));
        note.setMaxLength(Casework.NOTE_MAX_LENGTH);
        note.setHelperText(getTranslation("case.noteHelp"));
        note.setWidthFull();
        Button info = new Button(getTranslation("case.askInfo"), e -> act(note, true,
                () -> casework.askForInformation(a.id(), version, note.getValue(), user.actor())));
        Button grant = new Button(getTranslation("case.grant"), e -> act(note, false,
                () -> casework.grant(a.id(), version, note.getValue(), user.actor())));
        grant.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button refuse = new Button(getTranslation("case.refuse"), e -> act(note, true,
                () -> casework.refuse(a.id(), version, note.getValue(), user.actor())));
        Div buttons = new Div(info, grant, refuse);
        buttons.addClassName("case-buttons");
        Div actions = new Div(new H2(getTranslation("case.actions")), note, buttons);
        actions.addClassName("case-actions");
        return actions;
    }

    /** Runs a step; refusing and asking need a text, which is said next to the field when it is missing. */
    private void act(TextArea note, boolean needsText, Runnable step) {
        if (needsText && note.getValue().isBlank()) {
            note.setErrorMessage(getTranslation("case.noteRequired"));
            note.setInvalid(true);
            note.focus();
            return;
        }
        try {
            step.run();
        } catch (Casework.CaseChangedException e) {
            // A colleague or the resident got there first: show the application as it is now, and say so.
            UI.getCurrent().refreshCurrentRoute(false);
            Notification.show(getTranslation("case.changed"), 10_000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_WARNING);
            return;
        }
        UI.getCurrent().refreshCurrentRoute(false);
    }

    /** The resident's files as download links; each download is audited by {@link Casework#document}. */
    private Component documents(Casework.CaseFile file) {
        if (file.documents().isEmpty()) {
            return new Paragraph(getTranslation("case.noDocuments"));
        }
        UUID applicationId = file.application().id();
        String actor = user.actor();
        UnorderedList list = new UnorderedList();
        for (Document document : file.documents()) {
            DownloadHandler download = DownloadHandler.fromInputStream(event ->
                    casework.document(applicationId, document.id(), actor)
                            .map(d -> new DownloadResponse(d.content(), d.document().fileName(),
                                    d.document().type().mediaType(), d.document().sizeBytes()))
                            .orElseGet(() -> DownloadResponse.error(HttpStatusCode.NOT_FOUND)));
            list.add(new ListItem(new Anchor(download, AttachmentType.DOWNLOAD, getTranslation("case.document",
                    document.fileName(), document.readableSize(getLocale()),
                    QueueView.DAY.format(document.uploadedAt())))));
        }
        return list;
    }

    private Component conversation(Casework.CaseFile file) {
        Div conversation = new Div();
        conversation.addClassName("case-conversation");
        for (Message message : file.messages()) {
            Paragraph who = new Paragraph(getTranslation("case.message." + message.author().name(),
                    QueueView.DAY.format(message.createdAt())));
            who.addClassName("message-author");
            Paragraph body = new Paragraph(message.body());
            body.addClassName("message-body");
            conversation.add(who, body);
        }
        return conversation;
    }

    private DescriptionList household(Situation s) {
        DescriptionList list = new DescriptionList();
        fact(list, "case.municipality", s.municipality().displayName().isEmpty()
                ? getTranslation("check.place.elsewhere") : s.municipality().displayName());
        fact(list, "case.age", String.valueOf(s.age()));
        fact(list, "case.partner", s.partner() == null ? "-" : s.partner().age() == null ? "?" : String.valueOf(s.partner().age()));
        StringBuilder kids = new StringBuilder();
        for (Situation.Child child : s.children()) {
            kids.append(kids.isEmpty() ? "" : "; ").append(child.age()).append(" (")
                    .append(getTranslation("check.school." + child.school().name().toLowerCase())).append(')');
        }
        fact(list, "case.children", kids.isEmpty() ? "-" : kids.toString());
        fact(list, "case.income", s.income().complete() ? MoneyInput.format(s.income().knownTotal(), getLocale())
                : getTranslation("case.incomePartlyUnknown", MoneyInput.format(s.income().knownTotal(), getLocale())));
        return list;
    }

    /** "Kind 1 (9 jaar, basisschool): Verjaardagsbox (Jarige Job)", and who to pass it on to when needed. */
    private UnorderedList choices(Casework.CaseFile file) {
        Situation household = file.application().situation();
        UnorderedList list = new UnorderedList();
        for (ChoiceLine line : file.choices()) {
            Choice choice = line.choice();
            String who = switch (choice.beneficiary()) {
                case APPLICANT -> getTranslation("case.who.applicant");
                case PARTNER -> getTranslation("case.who.partner");
                case CHILD -> {
                    if (choice.index() >= household.children().size()) {
                        yield getTranslation("case.who.childUnknown", choice.index() + 1);
                    }
                    Situation.Child child = household.children().get(choice.index());
                    yield getTranslation("case.who.child", choice.index() + 1, child.age(), getTranslation(
                            "check.school." + child.school().name().toLowerCase()).toLowerCase(getLocale()));
                }
            };
            ListItem item = new ListItem(getTranslation("case.choice", who, line.name().in(getLocale())));
            if (line.forwardTo() != null) {
                Paragraph forward = new Paragraph(getTranslation("case.forward", line.forwardTo()));
                forward.addClassName("case-forward");
                item.add(forward);
            }
            list.add(item);
        }
        return list;
    }

    private void fact(DescriptionList list, String key, String value) {
        list.add(new DescriptionList.Term(getTranslation(key)), new DescriptionList.Description(value));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
