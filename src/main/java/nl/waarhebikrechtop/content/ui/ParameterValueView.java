package nl.waarhebikrechtop.content.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.waarhebikrechtop.content.ParameterChange;
import nl.waarhebikrechtop.content.ParameterPublishing;
import nl.waarhebikrechtop.content.ChangeRefused;
import nl.waarhebikrechtop.content.ParameterSource;
import nl.waarhebikrechtop.content.Parameter;
import nl.waarhebikrechtop.shared.ui.MainLayout;
import nl.waarhebikrechtop.shared.ui.PageHeading;
import nl.waarhebikrechtop.shared.ui.PortalRoutes;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * An editor writes a new dated value for a parameter, or changes their draft ({@code ?concept=<id>}), and offers it
 * for review. The service checks everything; its problems appear next to their fields and what was typed stays.
 */
@Route(value = PortalRoutes.STAFF_PARAMETER_VALUE, layout = MainLayout.class)
@RolesAllowed("EDITOR")
class ParameterValueView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ParameterPublishing publishing;
    private final ParameterSource parameters;
    private final Clock clock;
    private final TextField amount = new TextField();
    private final DatePicker effectiveFrom = new DatePicker();
    private final TextField source = new TextField();
    private final Checkbox confirmed = new Checkbox();
    private final DatePicker lastChecked = new DatePicker();
    private final TextArea note = new TextArea();
    private final Checkbox correction = new Checkbox();
    private final TextArea changeNote = new TextArea();
    private final Paragraph formProblem = new Paragraph();
    private Parameter parameter;
    private ParameterChange draft;

    ParameterValueView(ParameterPublishing publishing, ParameterSource parameters, Clock clock) {
        this.publishing = publishing;
        this.parameters = parameters;
        this.clock = clock;
        addClassName("parameter-value-view");
        addClassName("wide-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("parameter").orElse("");
        try {
            parameter = parameters.parameter(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException();
        }
        draft = event.getLocation().getQueryParameters().getSingleParameter("concept").flatMap(ParameterValueView::uuid)
                .flatMap(publishing::find).filter(c -> c.parameterId().equals(parameter.id())
                        && c.status() == ParameterChange.Status.DRAFT).orElse(null);
        render();
    }

    private static Optional<UUID> uuid(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private void render() {
        removeAll();
        add(PortalRoutes.link(PortalRoutes.STAFF_PARAMETERS, getTranslation("publishing.back")),
                new PageHeading(getPageTitle()), new Paragraph(parameter.description()),
                new ValueHistory(publishing.history(parameter.id()), parameter.unit(), getLocale(), clock.instant(),
                        this::rollback));
        amount.setLabel(getTranslation("publishing.amount", getTranslation("publishing.unit." + parameter.unit().name())));
        amount.setHelperText(getTranslation("publishing.amountHelp"));
        effectiveFrom.setLabel(getTranslation("publishing.effectiveFrom"));
        source.setLabel(getTranslation("publishing.source"));
        source.setHelperText(getTranslation("publishing.sourceHelp"));
        source.addClassName("source-field");
        confirmed.setLabel(getTranslation("publishing.confirmed"));
        lastChecked.setLabel(getTranslation("publishing.lastChecked"));
        note.setLabel(getTranslation("publishing.note"));
        note.setWidthFull();
        correction.setLabel(getTranslation("publishing.correction"));
        changeNote.setLabel(getTranslation("publishing.changeNote"));
        changeNote.setHelperText(getTranslation("publishing.changeNoteHelp"));
        changeNote.setWidthFull();
        formProblem.addClassName("form-problem");
        formProblem.getElement().setAttribute("role", "alert");
        if (draft == null) {
            // Vaadin may reuse the view for another parameter: start empty
            amount.clear();
            effectiveFrom.clear();
            source.clear();
            confirmed.clear();
            lastChecked.clear();
            note.clear();
            correction.clear();
            changeNote.clear();
        } else {
            amount.setValue(draft.amount().stripTrailingZeros().toPlainString().replace('.', ','));
            effectiveFrom.setValue(draft.effectiveFrom());
            source.setValue(draft.source() == null ? "" : draft.source());
            confirmed.setValue(draft.confirmed());
            lastChecked.setValue(draft.lastChecked());
            note.setValue(draft.note() == null ? "" : draft.note());
            correction.setValue(draft.correction());
            changeNote.setValue(draft.changeNote() == null ? "" : draft.changeNote());
            if (draft.reviewNote() != null) {
                Paragraph sentBack = new Paragraph(getTranslation("publishing.sentBackNote", draft.reviewer(),
                        draft.reviewNote()));
                sentBack.addClassName("review-note");
                add(sentBack);
            }
        }
        Button save = new Button(getTranslation("publishing.saveDraft"), e -> save(false));
        Button offer = new Button(getTranslation("publishing.offer"), e -> save(true));
        offer.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div buttons = new Div(save, offer);
        buttons.addClassName("form-buttons");
        Div fields = new Div(amount, effectiveFrom, source, confirmed, lastChecked, note, correction, changeNote);
        fields.addClassName("parameter-value-form");
        add(new com.vaadin.flow.component.html.H2(getTranslation(draft == null ? "parameters.newValue"
                : "publishing.editDraft")), fields, formProblem, buttons);
    }

    /** A new draft with an old version's content; the form then shows it to complete and offer. */
    private void rollback(ParameterChange version) {
        try {
            ParameterChange draft = publishing.draftFrom(version.id());
            Notification.show(getTranslation("publishing.rolledBack"), 6000, Notification.Position.MIDDLE);
            getUI().ifPresent(ui -> ui.navigate(PortalRoutes.newParameterValue(parameter.id()),
                    com.vaadin.flow.router.QueryParameters.of("concept", draft.id().toString())));
        } catch (ChangeRefused refused) {
            show(refused);
        }
    }

    private void save(boolean offerForReview) {
        clearProblems();
        ParameterPublishing.ValueInput input = new ParameterPublishing.ValueInput(parameter.id(), amount.getValue(),
                effectiveFrom.getValue(), source.getValue(), confirmed.getValue(), lastChecked.getValue(),
                note.getValue(), correction.getValue(), changeNote.getValue());
        try {
            ParameterChange saved = draft == null ? publishing.draft(input)
                    : publishing.edit(draft.id(), draft.version(), input);
            draft = saved;
            if (offerForReview) {
                publishing.offerForReview(saved.id(), saved.version());
                Notification.show(getTranslation("publishing.offered"), 6000, Notification.Position.MIDDLE);
                getUI().ifPresent(ui -> ui.navigate(PortalRoutes.STAFF_PUBLISHING));
            } else {
                Notification.show(getTranslation("publishing.saved"), 6000, Notification.Position.MIDDLE);
            }
        } catch (ChangeRefused refused) {
            show(refused);
        }
    }

    private void clearProblems() {
        for (HasValidation field : fields().values()) {
            field.setInvalid(false);
        }
        formProblem.setText("");
        formProblem.setVisible(false);
    }

    private Map<String, HasValidation> fields() {
        return Map.of("amount", amount, "effectiveFrom", effectiveFrom, "source", source, "lastChecked", lastChecked,
                "note", note, "changeNote", changeNote);
    }

    private void show(ChangeRefused refused) {
        Problems.show(this, getLocale(), refused, fields(), formProblem);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("publishing.newValueTitle", parameter == null ? "" : parameter.id());
    }
}
