package nl.waarhebikrechtop.staff;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.waarhebikrechtop.content.ContentHealth;
import nl.waarhebikrechtop.content.ContentHealth.ParameterStatus;
import nl.waarhebikrechtop.shared.DutchTime;
import nl.waarhebikrechtop.shared.ui.MainLayout;
import nl.waarhebikrechtop.shared.ui.PageHeading;
import nl.waarhebikrechtop.shared.ui.PortalRoutes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The to-check list for editors: amounts whose newest value is more than seven months old (norms change every
 * 1 January and 1 July) and values not yet confirmed from an official source, each with its file and line.
 */
@Route(value = PortalRoutes.STAFF_PARAMETERS, layout = MainLayout.class)
@RolesAllowed({"ADMIN", "CASEWORKER", "EDITOR"})
class ParametersToCheckView extends Div implements HasDynamicTitle {

    ParametersToCheckView(ContentHealth health, Clock clock) {
        LocalDate today = DutchTime.today(clock);
        add(new PageHeading(getTranslation("parameters.title")), new Paragraph(getTranslation("parameters.intro")),
                new H2(getTranslation("parameters.stale")), grid(health.staleParameters(today), "parameters.staleGrid"),
                new H2(getTranslation("parameters.unconfirmed")),
                grid(health.unconfirmedParameters(today), "parameters.unconfirmedGrid"));
    }

    private Grid<ParameterStatus> grid(List<ParameterStatus> items, String labelKey) {
        Grid<ParameterStatus> grid = new Grid<>();
        grid.addColumn(ParameterStatus::id).setHeader(getTranslation("parameters.id")).setFlexGrow(2);
        grid.addColumn(ParameterStatus::description).setHeader(getTranslation("parameters.description")).setFlexGrow(3);
        grid.addColumn(ParameterStatus::effectiveFrom).setHeader(getTranslation("parameters.effectiveFrom"));
        grid.addColumn(ParameterStatus::lastChecked).setHeader(getTranslation("parameters.lastChecked"));
        grid.addColumn(p -> p.file() + ":" + p.line()).setHeader(getTranslation("parameters.where")).setFlexGrow(2);
        grid.setItems(items);
        grid.setAllRowsVisible(true);
        grid.getElement().setAttribute("aria-label", getTranslation(labelKey));
        return grid;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("parameters.title");
    }
}
