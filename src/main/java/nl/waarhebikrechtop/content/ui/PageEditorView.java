package nl.waarhebikrechtop.content.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.waarhebikrechtop.account.CurrentUser;
import nl.waarhebikrechtop.account.Role;
import nl.waarhebikrechtop.account.SignedInUser;
import nl.waarhebikrechtop.content.ChangeRefused;
import nl.waarhebikrechtop.content.MarkdownRenderer;
import nl.waarhebikrechtop.content.PagePublishing;
import nl.waarhebikrechtop.content.PageVersion;
import nl.waarhebikrechtop.content.ParameterChange;
import nl.waarhebikrechtop.content.PlainLanguage;
import nl.waarhebikrechtop.shared.DutchTime;
import nl.waarhebikrechtop.shared.ui.MainLayout;
import nl.waarhebikrechtop.shared.ui.PageHeading;
import nl.waarhebikrechtop.shared.ui.PortalRoutes;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One text page: an editor writes Dutch and English side by side with a live preview exactly as residents will see
 * it, what the sanitiser leaves out and B1 hints; a publisher reviews the change against the page in force and
 * publishes it or sends it back; everyone sees the history, compares versions and (editors) rolls back.
 */
@Route(value = PortalRoutes.STAFF_PAGE, layout = MainLayout.class)
@RolesAllowed({"EDITOR", "PUBLISHER"})
class PageEditorView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final List<String> LANGUAGES = List.of("nl", "en");

    private final PagePublishing pages;
    private final CurrentUser currentUser;
    private final Map<String, TextField> titles = new HashMap<>();
    private final Map<String, TextArea> bodies = new HashMap<>();
    private final Map<String, Div> previews = new HashMap<>();
    private final TextArea changeNote = new TextArea();
    private final Paragraph formProblem = new Paragraph();
    private final Div comparison = new Div();
    private String slug;
    private PageVersion inForce;
    private PageVersion draft;

    PageEditorView(PagePublishing pages, CurrentUser currentUser) {
        this.pages = pages;
        this.currentUser = currentUser;
        addClassName("page-editor-view");
        addClassName("wide-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        slug = event.getRouteParameters().get("slug").orElse("");
        inForce = pages.inForce(slug).orElseThrow(NotFoundException::new);
        render();
    }

    private void render() {
        removeAll();
        titles.clear();
        bodies.clear();
        previews.clear();
        comparison.removeAll();
        comparison.addClassName("page-comparison");
        SignedInUser user = currentUser.get().orElseThrow();
        PageVersion underWay = pages.pages().stream().filter(p -> p.slug().equals(slug)).findFirst()
                .map(PagePublishing.PageSummary::underWay).orElse(null);
        add(PortalRoutes.link(PortalRoutes.STAFF_PAGES, getTranslation("pages.back")), new PageHeading(getPageTitle()));
        draft = null;
        if (underWay != null && underWay.status() == ParameterChange.Status.IN_REVIEW) {
            if (user.hasRole(Role.PUBLISHER) && !underWay.author().equals(user.username())) {
                review(underWay);
            } else {
                add(notice(getTranslation("pages.waitingForReview", underWay.author())));
                showComparison(inForce, underWay);
                add(comparison);
            }
        } else if (user.hasRole(Role.EDITOR)) {
            if (underWay != null && underWay.author().equals(user.username())) {
                draft = underWay;
            } else if (underWay != null) {
                add(notice(getTranslation("pages.otherDraft", underWay.author())));
            }
            editor(draft != null ? draft : inForce);
        } else {
            add(notice(getTranslation("pages.nothingToReview")));
        }
        history(user);
    }

    private static Paragraph notice(String text) {
        Paragraph notice = new Paragraph(text);
        notice.addClassName("review-note");
        return notice;
    }

    private void editor(PageVersion start) {
        add(new H2(getTranslation(draft == null ? "pages.newVersion" : "publishing.editDraft")));
        if (draft != null && draft.reviewNote() != null) {
            add(notice(getTranslation("publishing.sentBackNote", draft.reviewer(), draft.reviewNote())));
        }
        Div columns = new Div();
        columns.addClassName("page-editor-columns");
        for (String language : LANGUAGES) {
            PageVersion.Text text = start.text(language);
            TextField title = new TextField(getTranslation("pages.field.title." + language));
            title.setValue(text.title());
            title.setWidthFull();
            TextArea body = new TextArea(getTranslation("pages.field.body." + language));
            body.setValue(text.body());
            body.setHelperText(getTranslation("pages.field.bodyHelp"));
            body.setWidthFull();
            body.addClassName("page-body-field");
            body.setValueChangeMode(ValueChangeMode.TIMEOUT);
            body.setValueChangeTimeout(500);
            Div preview = new Div();
            preview.addClassName("page-preview");
            title.addValueChangeListener(e -> updatePreview(language));
            body.addValueChangeListener(e -> updatePreview(language));
            titles.put(language, title);
            bodies.put(language, body);
            previews.put(language, preview);
            Div column = new Div(new H3(getTranslation("pages.language." + language)), title, body, preview);
            column.addClassName("page-editor-column");
            column.getElement().setAttribute("lang", language);
            columns.add(column);
            updatePreview(language);
        }
        changeNote.setLabel(getTranslation("pages.changeNote"));
        changeNote.setHelperText(getTranslation("pages.changeNoteHelp"));
        changeNote.setWidthFull();
        changeNote.setValue(draft == null || draft.changeNote() == null ? "" : draft.changeNote());
        changeNote.setInvalid(false);
        formProblem.addClassName("form-problem");
        formProblem.getElement().setAttribute("role", "alert");
        formProblem.setVisible(false);
        Button save = new Button(getTranslation("publishing.saveDraft"), e -> save(false));
        Button offer = new Button(getTranslation("publishing.offer"), e -> save(true));
        offer.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div buttons = new Div(save, offer);
        buttons.addClassName("form-buttons");
        add(columns, changeNote, formProblem, buttons);
    }

    /** The page as residents would see it, what is left out, and hints: worked out by the service. */
    private void updatePreview(String language) {
        Div preview = previews.get(language);
        PagePublishing.Preview result = pages.preview(language,
                new PageVersion.Text(titles.get(language).getValue(), bodies.get(language).getValue()));
        preview.removeAll();
        preview.add(new H3(getTranslation("pages.preview")));
        if (result.missing()) {
            preview.add(warning(getTranslation("pages.missingTranslation." + language)));
        }
        if (result.problem() != null) {
            preview.add(warning(Problems.text(this, getLocale(), result.problem())));
        } else {
            Div prose = new Div(new Html("<div>" + result.html() + "</div>"));
            prose.addClassNames("prose", "page-preview-text");
            preview.add(prose);
        }
        if (!result.removed().isEmpty()) {
            UnorderedList removed = new UnorderedList();
            for (MarkdownRenderer.Removed r : result.removed()) {
                removed.add(new ListItem(getTranslation("pages.removed." + r.kind().name(), r.line(), r.excerpt())));
            }
            preview.add(warning(getTranslation("pages.removedIntro")), removed);
        }
        if (!result.hints().isEmpty()) {
            UnorderedList hints = new UnorderedList();
            hints.addClassName("b1-hints");
            for (PlainLanguage.Hint h : result.hints()) {
                hints.add(new ListItem(new Span(getTranslation("pages.hint.label")), new Span(" "
                        + getTranslation("pages.hint." + h.kind().name(), h.line(), h.excerpt(), h.suggestion()))));
            }
            preview.add(new Paragraph(getTranslation("pages.hintsIntro", PlainLanguage.MAX_WORDS)), hints);
        }
    }

    private static Paragraph warning(String text) {
        Paragraph warning = new Paragraph(text);
        warning.addClassName("preview-warning");
        return warning;
    }

    private void save(boolean offerForReview) {
        titles.values().forEach(f -> f.setInvalid(false));
        bodies.values().forEach(f -> f.setInvalid(false));
        changeNote.setInvalid(false);
        formProblem.setVisible(false);
        PagePublishing.PageInput input = new PagePublishing.PageInput(slug,
                new PageVersion.Text(titles.get("nl").getValue(), bodies.get("nl").getValue()),
                new PageVersion.Text(titles.get("en").getValue(), bodies.get("en").getValue()), changeNote.getValue());
        try {
            PageVersion saved = draft == null ? pages.draft(input) : pages.edit(draft.id(), draft.version(), input);
            draft = saved;
            if (offerForReview) {
                draft = pages.offerForReview(saved.id(), saved.version());
                Notification.show(getTranslation("pages.offered"), 6000, Notification.Position.MIDDLE);
                getUI().ifPresent(ui -> ui.navigate(PortalRoutes.STAFF_PAGES));
            } else {
                Notification.show(getTranslation("publishing.saved"), 6000, Notification.Position.MIDDLE);
            }
        } catch (ChangeRefused refused) {
            show(refused);
        }
    }

    private void show(ChangeRefused refused) {
        Map<String, com.vaadin.flow.component.HasValidation> fields = new HashMap<>();
        titles.forEach((language, field) -> fields.put("title." + language, field));
        bodies.forEach((language, field) -> fields.put("body." + language, field));
        fields.put("changeNote", changeNote);
        Problems.show(this, getLocale(), refused, fields, formProblem);
    }

    private void review(PageVersion proposed) {
        add(new H2(getTranslation("pages.review", proposed.author())));
        if (proposed.changeNote() != null) {
            add(new Paragraph(getTranslation("pages.reviewNote", proposed.changeNote())));
        }
        showComparison(inForce, proposed);
        add(comparison);
        Div previewsBox = new Div();
        previewsBox.addClassName("page-editor-columns");
        for (String language : LANGUAGES) {
            PagePublishing.Preview preview = pages.preview(language, proposed.text(language));
            Div column = new Div(new H3(getTranslation("pages.preview") + " – "
                    + getTranslation("pages.language." + language)));
            column.addClassName("page-editor-column");
            column.getElement().setAttribute("lang", language);
            Div prose = new Div(new Html("<div>" + preview.html() + "</div>"));
            prose.addClassNames("prose", "page-preview-text");
            column.add(prose);
            previewsBox.add(column);
        }
        add(previewsBox);
        DateTimePicker at = new DateTimePicker(getTranslation("publishing.publishAt"));
        at.setHelperText(getTranslation("publishing.publishAtHelp"));
        at.setLocale(getLocale());
        TextArea note = new TextArea(getTranslation("publishing.reviewNote"));
        note.setWidthFull();
        Paragraph problem = new Paragraph();
        problem.addClassName("form-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);
        Button now = new Button(getTranslation("publishing.publishNow"), e -> act(problem, at, note,
                () -> pages.publish(proposed.id(), proposed.version(), null), "pages.published"));
        now.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button later = new Button(getTranslation("publishing.schedule"), e -> {
            if (at.getValue() == null) {
                at.setErrorMessage(getTranslation("pages.publishAtRequired"));
                at.setInvalid(true);
                return;
            }
            act(problem, at, note, () -> pages.publish(proposed.id(), proposed.version(),
                    at.getValue().atZone(DutchTime.ZONE).toInstant()), "pages.scheduled");
        });
        Button back = new Button(getTranslation("publishing.sendBack"), e -> act(problem, at, note,
                () -> pages.sendBack(proposed.id(), proposed.version(), note.getValue()), "publishing.sentBack"));
        Div buttons = new Div(now, at, later, note, back);
        buttons.addClassName("review-actions");
        add(problem, buttons);
    }

    private void act(Paragraph problem, DateTimePicker at, TextArea note, Runnable step, String doneKey) {
        problem.setVisible(false);
        at.setInvalid(false);
        note.setInvalid(false);
        try {
            step.run();
            Notification.show(getTranslation(doneKey), 6000, Notification.Position.MIDDLE);
            inForce = pages.inForce(slug).orElseThrow();
            render();
        } catch (ChangeRefused refused) {
            for (ChangeRefused.Problem p : refused.problems()) {
                String message = Problems.text(this, getLocale(), p);
                switch (p.field()) {
                    case "publishAt" -> {
                        at.setErrorMessage(message);
                        at.setInvalid(true);
                    }
                    case "reviewNote" -> {
                        note.setErrorMessage(message);
                        note.setInvalid(true);
                    }
                    default -> {
                        problem.setText(message);
                        problem.setVisible(true);
                    }
                }
            }
        }
    }

    /** Lines removed and added, marked by sign and words as well as by colour. */
    private void showComparison(PageVersion older, PageVersion newer) {
        comparison.removeAll();
        PagePublishing.Comparison compared = pages.compare(older.id(), newer.id());
        comparison.add(new H3(getTranslation("pages.comparison", describe(compared.older()),
                describe(compared.newer()))));
        for (String language : LANGUAGES) {
            List<PagePublishing.DiffLine> lines = "en".equals(language) ? compared.en() : compared.nl();
            Div block = new Div(new Paragraph(getTranslation("pages.language." + language)));
            block.addClassName("diff");
            block.getElement().setAttribute("lang", language);
            boolean changed = false;
            int hidden = 0;
            for (int i = 0; i < lines.size(); i++) {
                PagePublishing.DiffLine line = lines.get(i);
                if (line.change() == PagePublishing.DiffLine.Change.SAME && !nearChange(lines, i)) {
                    hidden++;
                    continue;
                }
                if (hidden > 0) {
                    block.add(unchanged(hidden));
                    hidden = 0;
                }
                Div row = new Div();
                row.addClassName("diff-" + line.change().name().toLowerCase(java.util.Locale.ROOT));
                String sign = switch (line.change()) {
                    case ADDED -> getTranslation("pages.diff.added");
                    case REMOVED -> getTranslation("pages.diff.removed");
                    case SAME -> "";
                };
                changed |= line.change() != PagePublishing.DiffLine.Change.SAME;
                row.add(new Span(sign), new Span(line.text()));
                block.add(row);
            }
            if (hidden > 0 && changed) {
                block.add(unchanged(hidden));
            }
            if (!changed) {
                block.add(new Paragraph(getTranslation("pages.diff.none")));
            }
            comparison.add(block);
        }
    }

    /** Unchanged lines are shown only as context, two on each side of a change. */
    private static boolean nearChange(List<PagePublishing.DiffLine> lines, int index) {
        for (int i = Math.max(0, index - 2); i <= Math.min(lines.size() - 1, index + 2); i++) {
            if (lines.get(i).change() != PagePublishing.DiffLine.Change.SAME) {
                return true;
            }
        }
        return false;
    }

    private Div unchanged(int count) {
        Div row = new Div(new Span(getTranslation("pages.diff.unchanged", count)));
        row.addClassName("diff-unchanged");
        return row;
    }

    private String describe(PageVersion version) {
        return getTranslation("pages.versionLabel", version.author(), DateTimeFormatter.ofLocalizedDateTime(
                FormatStyle.MEDIUM).withLocale(getLocale()).format(version.createdAt().atZone(DutchTime.ZONE)));
    }

    private void history(SignedInUser user) {
        add(new H2(getTranslation("pages.history")));
        List<PageVersion> versions = pages.history(slug);
        UnorderedList list = new UnorderedList();
        list.addClassName("page-history");
        for (int i = versions.size() - 1; i >= 0; i--) {
            PageVersion version = versions.get(i);
            ListItem item = new ListItem(new Span(describe(version) + " – "
                    + getTranslation("pages.status." + version.status().name())
                    + (version.changeNote() == null ? "" : ": " + version.changeNote())));
            if (i > 0) {
                PageVersion previous = versions.get(i - 1);
                Button compare = new Button(getTranslation("pages.compareWithPrevious"), e -> {
                    showComparison(previous, version);
                    if (comparison.getParent().isEmpty()) {
                        addComponentAtIndex(indexOf(list) + 1, comparison);
                    }
                    comparison.getElement().callJsFunction("scrollIntoView");
                });
                compare.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                item.add(compare);
            }
            boolean wasPublished = version.status() == ParameterChange.Status.PUBLISHED
                    || version.status() == ParameterChange.Status.SUPERSEDED;
            if (wasPublished && user.hasRole(Role.EDITOR) && !version.id().equals(inForce.id())) {
                Button rollback = new Button(getTranslation("publishing.rollback"), e -> {
                    try {
                        pages.draftFrom(version.id());
                        Notification.show(getTranslation("pages.rolledBack"), 6000,
                                Notification.Position.MIDDLE);
                        render();
                    } catch (ChangeRefused refused) {
                        Notification.show(Problems.text(this, getLocale(), refused.problems().getFirst()));
                    }
                });
                rollback.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                item.add(rollback);
            }
            list.add(item);
        }
        add(list);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("pages.editTitle", inForce == null ? "" : inForce.nl().title());
    }
}
