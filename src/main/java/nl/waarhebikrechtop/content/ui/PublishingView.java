package nl.waarhebikrechtop.content.ui;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import nl.waarhebikrechtop.content.ChangeRefused;
import nl.waarhebikrechtop.content.PagePublishing;
import nl.waarhebikrechtop.content.PageVersion;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.waarhebikrechtop.account.CurrentUser;
import nl.waarhebikrechtop.account.Role;
import nl.waarhebikrechtop.account.SignedInUser;
import nl.waarhebikrechtop.content.DatedValue;
import nl.waarhebikrechtop.content.ImpactCheck;
import nl.waarhebikrechtop.content.Parameter;
import nl.waarhebikrechtop.content.ParameterChange;
import nl.waarhebikrechtop.content.ParameterPublishing;
import nl.waarhebikrechtop.content.ParameterSource;
import nl.waarhebikrechtop.shared.DutchTime;
import nl.waarhebikrechtop.shared.ui.MainLayout;
import nl.waarhebikrechtop.shared.ui.PageHeading;
import nl.waarhebikrechtop.shared.ui.PortalRoutes;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.stream.Stream;

/**
 * What waits for review and the drafts. A publisher publishes a value (now or at a set moment) or sends it back
 * with a note; never their own (the service refuses it too). Editors see where their changes stand.
 */
@Route(value = PortalRoutes.STAFF_PUBLISHING, layout = MainLayout.class)
@RolesAllowed({"EDITOR", "PUBLISHER"})
class PublishingView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ParameterPublishing publishing;
    private final ParameterSource parameters;
    private final CurrentUser currentUser;
    private final PagePublishing pages;
    private final DateTimeFormatter dates;
    private SignedInUser user;

    PublishingView(ParameterPublishing publishing, PagePublishing pages, ParameterSource parameters,
                   CurrentUser currentUser) {
        this.publishing = publishing;
        this.pages = pages;
        this.parameters = parameters;
        this.currentUser = currentUser;
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale());
        addClassName("publishing-view");
    }

    /** Vaadin may reuse the view for the next visit: who looks, and what waits, are read on every visit. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        user = currentUser.get().orElseThrow();
        render();
    }

    private void render() {
        removeAll();
        add(new PageHeading(getPageTitle()), new Paragraph(getTranslation("publishing.intro")));
        List<ParameterChange> waiting = publishing.waitingForReview();
        add(new H2(getTranslation("publishing.waiting", waiting.size())));
        if (waiting.isEmpty()) {
            add(new Paragraph(getTranslation("publishing.nothingWaiting")));
        }
        waiting.forEach(change -> add(card(change, true)));
        List<ParameterChange> drafts = publishing.drafts();
        add(new H2(getTranslation("publishing.drafts", drafts.size())));
        if (drafts.isEmpty()) {
            add(new Paragraph(getTranslation("publishing.noDrafts")));
        }
        drafts.forEach(change -> add(card(change, false)));
        pageChanges();
    }

    /** Changes of the text pages under way; they are reviewed on the page's own screen. */
    private void pageChanges() {
        List<PageVersion> waiting = pages.waitingForReview();
        List<PageVersion> drafts = pages.drafts();
        add(new H2(getTranslation("publishing.pages", waiting.size() + drafts.size())));
        if (waiting.isEmpty() && drafts.isEmpty()) {
            add(new Paragraph(getTranslation("publishing.noPages")));
            return;
        }
        UnorderedList list = new UnorderedList();
        for (PageVersion version : Stream.concat(waiting.stream(), drafts.stream()).toList()) {
            list.add(new ListItem(PortalRoutes.link(PortalRoutes.staffPage(
                    version.slug()), getTranslation("publishing.pageChange", version.nl().title(), version.author(),
                    getTranslation("pages.status." + version.status().name())))));
        }
        add(list);
    }

    private Section card(ParameterChange change, boolean waiting) {
        Parameter parameter = parameters.parameter(change.parameterId());
        Section card = new Section();
        card.addClassName("change-card");
        card.add(new H3(parameter.description()));
        DescriptionList facts = new DescriptionList();
        fact(facts, "publishing.parameterId", change.parameterId());
        fact(facts, "publishing.effectiveFrom", dates.format(change.effectiveFrom()));
        DatedValue now = publishing.inForce(change.parameterId(), change.effectiveFrom());
        fact(facts, "publishing.current", now == null ? getTranslation("publishing.noCurrent")
                : Amounts.format(now.value(), parameter.unit(), getLocale()));
        fact(facts, "publishing.proposed", Amounts.format(change.amount(), parameter.unit(), getLocale()));
        fact(facts, "publishing.confirmed", getTranslation(change.confirmed() ? "publishing.yes" : "publishing.no"));
        fact(facts, "publishing.lastChecked", change.lastChecked() == null ? getTranslation("publishing.never")
                : dates.format(change.lastChecked()));
        fact(facts, "publishing.author", change.author());
        if (change.correction()) {
            fact(facts, "publishing.correction", getTranslation("publishing.yes"));
        }
        fact(facts, "publishing.changeNote", change.changeNote() == null ? "-" : change.changeNote());
        if (change.source() != null) {
            Anchor source = new Anchor(change.source(), change.source(), AnchorTarget.BLANK);
            source.getElement().setAttribute("rel", "noopener noreferrer");
            facts.add(new DescriptionList.Term(getTranslation("publishing.source")), new DescriptionList.Description(source));
        }
        card.add(facts);
        if (change.reviewNote() != null && !waiting) {
            Paragraph note = new Paragraph(getTranslation("publishing.sentBackNote", change.reviewer(),
                    change.reviewNote()));
            note.addClassName("review-note");
            card.add(note);
        }
        ImpactCheck.Impact impact = null;
        if (waiting) {
            impact = publishing.impact(change.id());
            card.add(new ImpactSummary(impact, getLocale()));
        }
        if (waiting && user.hasRole(Role.PUBLISHER)) {
            card.add(change.author().equals(user.username())
                    ? new Paragraph(getTranslation("publishing.error.ownChange")) : reviewActions(change, impact));
        }
        if (!waiting && change.author().equals(user.username()) && user.hasRole(Role.EDITOR)) {
            card.add(PortalRoutes.link(PortalRoutes.newParameterValue(change.parameterId()) + "?concept=" + change.id(),
                    getTranslation("publishing.editDraft")));
        }
        return card;
    }

    private Div reviewActions(ParameterChange change, ImpactCheck.Impact impact) {
        Paragraph problem = new Paragraph();
        problem.addClassName("form-problem");
        problem.getElement().setAttribute("role", "alert");
        DateTimePicker at = new DateTimePicker(getTranslation("publishing.publishAt"));
        at.setWidthFull();
        at.setHelperText(getTranslation("publishing.publishAtHelp"));
        TextArea note = new TextArea(getTranslation("publishing.reviewNote"));
        note.setWidthFull();
        TextArea acknowledgement = new TextArea(getTranslation("publishing.acknowledgement"));
        acknowledgement.setHelperText(getTranslation("publishing.acknowledgementHelp"));
        acknowledgement.setWidthFull();
        acknowledgement.setVisible(!impact.broken().isEmpty());
        Button now = new Button(getTranslation("publishing.publishNow"), e -> act(problem, at, note, acknowledgement,
                () -> publishing.publish(change.id(), change.version(), null, acknowledgement.getValue()),
                "publishing.published"));
        now.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button later = new Button(getTranslation("publishing.schedule"), e -> {
            if (at.getValue() == null) {
                at.setErrorMessage(getTranslation("publishing.error.publishAtRequired"));
                at.setInvalid(true);
                return;
            }
            Instant moment = at.getValue().atZone(DutchTime.ZONE).toInstant();
            act(problem, at, note, acknowledgement, () -> publishing.publish(change.id(), change.version(), moment,
                    acknowledgement.getValue()), "publishing.scheduled");
        });
        Button back = new Button(getTranslation("publishing.sendBack"), e -> act(problem, at, note, acknowledgement,
                () -> publishing.sendBack(change.id(), change.version(), note.getValue()), "publishing.sentBack"));
        Div buttons = new Div(now, later, back);
        buttons.addClassName("form-buttons");
        Div actions = new Div(acknowledgement, at, note, problem, buttons);
        actions.addClassName("review-actions");
        return actions;
    }

    /** Runs a step; what the service refuses is said at its field (or above the buttons), nothing typed is lost. */
    private void act(Paragraph problem, DateTimePicker at, TextArea note, TextArea acknowledgement, Runnable step,
                     String doneKey) {
        at.setInvalid(false);
        note.setInvalid(false);
        acknowledgement.setInvalid(false);
        problem.setText("");
        try {
            step.run();
        } catch (ChangeRefused refused) {
            for (ChangeRefused.Problem p : refused.problems()) {
                String text = Problems.text(this, getLocale(), p);
                switch (p.field()) {
                    case "publishAt" -> {
                        at.setErrorMessage(text);
                        at.setInvalid(true);
                    }
                    case "reviewNote" -> {
                        note.setErrorMessage(text);
                        note.setInvalid(true);
                    }
                    case "acknowledgement" -> {
                        acknowledgement.setVisible(true);
                        acknowledgement.setErrorMessage(text);
                        acknowledgement.setInvalid(true);
                    }
                    default -> problem.setText(text);
                }
            }
            return;
        }
        Notification.show(getTranslation(doneKey), 6000, Notification.Position.MIDDLE);
        render();
    }

    private void fact(DescriptionList list, String key, String value) {
        list.add(new DescriptionList.Term(getTranslation(key)), new DescriptionList.Description(value));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("publishing.title");
    }
}
