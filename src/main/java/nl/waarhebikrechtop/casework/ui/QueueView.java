package nl.waarhebikrechtop.casework.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.waarhebikrechtop.aanvraag.ApplicationStatus;
import nl.waarhebikrechtop.aanvraag.Casework;
import nl.waarhebikrechtop.aanvraag.QueueEntry;
import nl.waarhebikrechtop.aanvraag.QueueFilter;
import nl.waarhebikrechtop.aanvraag.Scheme;
import nl.waarhebikrechtop.account.CurrentUser;
import nl.waarhebikrechtop.shared.DutchTime;
import nl.waarhebikrechtop.shared.ui.MainLayout;
import nl.waarhebikrechtop.shared.ui.PageHeading;
import nl.waarhebikrechtop.shared.ui.PortalRoutes;

import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;

/**
 * The queue of submitted applications with the days left of the 8-week decision period; overdue ones stand out. The
 * grid loads rows page by page from the database as the caseworker scrolls, with the filters applied there.
 */
@Route(value = PortalRoutes.STAFF_APPLICATIONS, layout = MainLayout.class)
@RolesAllowed({"ADMIN", "CASEWORKER"})
class QueueView extends Div implements HasDynamicTitle {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d-M-yyyy").withZone(DutchTime.ZONE);

    /** The "waiting longer than" filter, in weeks; the decision period is 8. */
    private static final List<Integer> WAITING_WEEKS = List.of(2, 4, 6);

    /** Rows fetched per round trip as the caseworker scrolls. */
    private static final int PAGE_SIZE = 50;

    private final Casework casework;
    private final Select<Scheme> scheme = new Select<>();
    private final Select<ApplicationStatus> status = new Select<>();
    private final Select<Integer> waiting = new Select<>();
    private final Span count = new Span();
    private final Checkbox overdueOnly = new Checkbox(getTranslation("queue.overdueOnly"));
    private final Grid<QueueEntry> grid = new Grid<>();

    QueueView(Casework casework, CurrentUser user) {
        this.casework = casework;
        casework.queueViewed(user.actor());
        addClassName("queue-view");
        scheme.setLabel(getTranslation("queue.scheme"));
        scheme.setItems(Scheme.values());
        scheme.setEmptySelectionAllowed(true);
        scheme.setEmptySelectionCaption(getTranslation("queue.all"));
        scheme.setItemLabelGenerator(s -> s == null ? getTranslation("queue.all") : getTranslation("queue.scheme." + s.name()));
        status.setLabel(getTranslation("queue.status"));
        status.setItems(Arrays.stream(ApplicationStatus.values()).filter(s -> s != ApplicationStatus.DRAFT).toList());
        status.setItemLabelGenerator(s -> s == null ? getTranslation("queue.all") : statusText(s));
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("queue.all"));
        waiting.setLabel(getTranslation("queue.waiting"));
        waiting.setItems(WAITING_WEEKS);
        waiting.setEmptySelectionAllowed(true);
        waiting.setEmptySelectionCaption(getTranslation("queue.all"));
        waiting.setItemLabelGenerator(w -> w == null ? getTranslation("queue.all") : getTranslation("queue.waitingWeeks", w));
        waiting.addValueChangeListener(e -> filter());
        scheme.addValueChangeListener(e -> filter());
        status.addValueChangeListener(e -> filter());
        overdueOnly.addValueChangeListener(e -> filter());
        grid.addComponentColumn(a -> new Anchor(PortalRoutes.STAFF_APPLICATIONS + "/" + a.id(), a.reference()))
                .setHeader(getTranslation("queue.reference"));
        grid.addColumn(a -> getTranslation("queue.scheme." + a.scheme().name())).setHeader(getTranslation("queue.scheme"));
        grid.addColumn(a -> a.answered() ? getTranslation("queue.status.answered") : statusText(a.status()))
                .setHeader(getTranslation("queue.status"));
        grid.addColumn(a -> DAY.format(a.submittedAt())).setHeader(getTranslation("queue.submitted"));
        grid.addColumn(this::daysLeft).setHeader(getTranslation("queue.daysLeft"));
        grid.setPartNameGenerator(a -> a.overdue() ? "overdue" : null);
        grid.setPageSize(PAGE_SIZE);
        // Columns as wide as their content: on a phone the grid scrolls sideways inside itself instead of cutting text
        grid.getColumns().forEach(column -> column.setAutoWidth(true).setFlexGrow(0));
        grid.addClassName("queue-grid");
        grid.getElement().setAttribute("aria-label", getTranslation("queue.grid"));
        Div filters = new Div(scheme, status, waiting, overdueOnly);
        filters.addClassName("queue-filters");
        count.addClassName("queue-count");
        count.getElement().setAttribute("aria-live", "polite");
        add(new PageHeading(getTranslation("queue.title")), new Paragraph(getTranslation("queue.intro")), filters,
                count, grid);
        filter();
    }

    private String daysLeft(QueueEntry a) {
        if (!a.open()) {
            return "-";
        }
        long left = a.daysLeft();
        return left < 0 ? getTranslation("queue.overdue", -left) : getTranslation("queue.left", left);
    }

    private String statusText(ApplicationStatus s) {
        return getTranslation("queue.status." + s.name().toLowerCase());
    }

    private void filter() {
        QueueFilter filter = new QueueFilter(scheme.getValue(), status.getValue(), waiting.getValue(),
                overdueOnly.getValue());
        long size = casework.queueSize(filter);
        count.setText(getTranslation("queue.count", size));
        grid.setItems(query -> casework.queue(filter, query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, size));
        // A short list shows whole; a long one scrolls within the grid, loaded page by page
        grid.setAllRowsVisible(size <= PAGE_SIZE);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("queue.title");
    }
}
