package nl.waarhebikrechtop.content.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import nl.waarhebikrechtop.content.ParameterChange;
import nl.waarhebikrechtop.content.Unit;
import nl.waarhebikrechtop.shared.DutchTime;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

/** Every version of a parameter's values: what applies from when, who wrote and who published it, and its state. */
class ValueHistory extends Composite<Div> {

    static final String ROLLBACK = "rollback";

    /**
     * @param rollback what "Terugzetten" does with a published version; null: no such action (not an editor)
     */
    ValueHistory(List<ParameterChange> versions, Unit unit, Locale locale, Instant now,
                 java.util.function.@org.jspecify.annotations.Nullable Consumer<ParameterChange> rollback) {
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        DateTimeFormatter moments = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withZone(DutchTime.ZONE);
        Grid<ParameterChange> grid = new Grid<>();
        grid.addColumn(v -> dates.format(v.effectiveFrom())).setHeader(getTranslation("publishing.effectiveFrom"));
        grid.addColumn(v -> Amounts.format(v.amount(), unit, locale)).setHeader(getTranslation("publishing.value"));
        grid.addColumn(v -> v.status() == ParameterChange.Status.PUBLISHED && !v.liveAt(now)
                        ? getTranslation("publishing.status.SCHEDULED", moments.format(v.publishAt()))
                        : getTranslation("publishing.status." + v.status().name()))
                .setHeader(getTranslation("publishing.status")).setAutoWidth(true);
        grid.addColumn(ParameterChange::author).setHeader(getTranslation("publishing.author")).setAutoWidth(true);
        grid.addColumn(v -> v.reviewer() == null ? "-" : v.reviewer()).setHeader(getTranslation("publishing.reviewer"))
                .setAutoWidth(true);
        grid.addColumn(v -> v.changeNote() == null ? "" : v.changeNote()).setHeader(getTranslation("publishing.changeNote"))
                .setFlexGrow(3).setKey("reason");
        if (rollback != null) {
            grid.addComponentColumn(v -> {
                if (v.status() != ParameterChange.Status.PUBLISHED && v.status() != ParameterChange.Status.SUPERSEDED) {
                    return new com.vaadin.flow.component.html.Span();
                }
                com.vaadin.flow.component.button.Button restore = new com.vaadin.flow.component.button.Button(
                        getTranslation("publishing.rollback"), e -> rollback.accept(v));
                restore.getElement().setAttribute("aria-label", getTranslation("publishing.rollbackFor",
                        dates.format(v.effectiveFrom()) + ", " + Amounts.format(v.amount(), unit, locale)));
                return restore;
            }).setKey(ROLLBACK).setHeader(getTranslation("publishing.rollback")).setAutoWidth(true);
        }
        // As wide as their content, except the reason, which wraps: on a phone the grid scrolls inside itself
        grid.getColumns().stream().filter(column -> !"reason".equals(column.getKey()))
                .forEach(column -> column.setAutoWidth(true));
        grid.setItems(versions);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.getElement().setAttribute("aria-label", getTranslation("publishing.history"));
        getContent().add(new H2(getTranslation("publishing.history")), grid);
    }
}
