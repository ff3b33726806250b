package nl.waarhebikrechtop.check.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.waarhebikrechtop.check.AnonymousCounters;
import nl.waarhebikrechtop.eligibility.Verdict;
import nl.waarhebikrechtop.shared.DutchTime;
import nl.waarhebikrechtop.shared.ui.MainLayout;
import nl.waarhebikrechtop.shared.ui.PageHeading;
import nl.waarhebikrechtop.shared.ui.PortalRoutes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * For staff: how many checks were completed in a period and, per scheme, how often each verdict was given.
 * Only anonymous counts exist, so nothing here can point to a resident.
 */
@Route(value = PortalRoutes.STAFF_STATISTICS, layout = MainLayout.class)
@RolesAllowed({"ADMIN", "CASEWORKER", "EDITOR", "PUBLISHER"})
class CheckStatisticsView extends Div implements HasDynamicTitle {

    /** Default period shown: the last 30 days. */
    static final int DEFAULT_DAYS = 30;
    private static final String VERDICT_PREFIX = "verdict.";

    record Row(String scheme, long likely, long maybe, long unlikely) {
    }

    private final AnonymousCounters counters;
    private final DatePicker from = new DatePicker(getTranslation("stats.from"));
    private final DatePicker to = new DatePicker(getTranslation("stats.to"));
    private final Paragraph total = new Paragraph();
    private final Grid<Row> grid = new Grid<>();

    CheckStatisticsView(AnonymousCounters counters, Clock clock) {
        this.counters = counters;
        addClassName("stats-view");
        LocalDate today = DutchTime.today(clock);
        to.setValue(today);
        from.setValue(today.minusDays(DEFAULT_DAYS - 1));
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        grid.addColumn(Row::scheme).setHeader(getTranslation("stats.scheme")).setFlexGrow(2);
        grid.addColumn(Row::likely).setHeader(getTranslation("results.verdict.likely"));
        grid.addColumn(Row::maybe).setHeader(getTranslation("results.verdict.maybe"));
        grid.addColumn(Row::unlikely).setHeader(getTranslation("results.verdict.unlikely"));
        grid.setAllRowsVisible(true);
        grid.getElement().setAttribute("aria-label", getTranslation("stats.grid"));
        Div period = new Div(from, to);
        period.addClassName("stats-period");
        add(new PageHeading(getTranslation("stats.title")), new Paragraph(getTranslation("stats.intro")), period,
                total, grid);
        refresh();
    }

    private void refresh() {
        if (from.getValue() == null || to.getValue() == null || from.getValue().isAfter(to.getValue())) {
            from.setErrorMessage(getTranslation("stats.period"));
            from.setInvalid(true);
            return;
        }
        from.setInvalid(false);
        Map<String, Long> counts = counters.between(from.getValue(), to.getValue());
        total.setText(getTranslation("stats.total", counts.getOrDefault(AnonymousCounters.COMPLETED, 0L)));
        grid.setItems(rows(counts));
    }

    static List<Row> rows(Map<String, Long> counts) {
        TreeSet<String> schemes = new TreeSet<>();
        for (String name : counts.keySet()) {
            if (name.startsWith(VERDICT_PREFIX)) {
                schemes.add(name.substring(VERDICT_PREFIX.length(), name.lastIndexOf('.')));
            }
        }
        List<Row> rows = new ArrayList<>();
        for (String scheme : schemes) {
            rows.add(new Row(scheme, count(counts, scheme, Verdict.LIKELY), count(counts, scheme, Verdict.MAYBE),
                    count(counts, scheme, Verdict.UNLIKELY)));
        }
        return rows;
    }

    private static long count(Map<String, Long> counts, String scheme, Verdict verdict) {
        return counts.getOrDefault(VERDICT_PREFIX + scheme + "." + verdict.name().toLowerCase(Locale.ROOT), 0L);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("stats.title");
    }
}
