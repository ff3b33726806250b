package nl.waarhebikrechtop.staff;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.waarhebikrechtop.account.CurrentUser;
import nl.waarhebikrechtop.account.Role;
import nl.waarhebikrechtop.content.ContentHealth;
import nl.waarhebikrechtop.content.ContentHealth.ParameterStatus;
import nl.waarhebikrechtop.shared.DutchTime;
import nl.waarhebikrechtop.shared.ui.MainLayout;
import nl.waarhebikrechtop.shared.ui.PageHeading;
import nl.waarhebikrechtop.shared.ui.PortalRoutes;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

/**
 * The to-check list for editors: parameters that missed a scheduled change (1 January, and 1 July for the
 * half-yearly bijstand norms) and values not yet confirmed from an official source. Each row says why it is listed,
 * links the page that states the value, and says when the value was last checked against it, or that it never was.
 */
@Route(value = PortalRoutes.STAFF_PARAMETERS, layout = MainLayout.class)
@RolesAllowed({"ADMIN", "CASEWORKER", "EDITOR", "PUBLISHER"})
class ParametersToCheckView extends Div implements HasDynamicTitle {

    static final String REASON = "reason";
    static final String SOURCE = "source";
    static final String LAST_CHECKED = "lastChecked";
    static final String NEW_VALUE = "newValue";

    private final DateTimeFormatter dates;

    private final boolean editor;

    ParametersToCheckView(ContentHealth health, Clock clock, CurrentUser user) {
        addClassName("wide-page");
        editor = user.get().filter(u -> u.hasRole(Role.EDITOR)).isPresent();
        LocalDate today = DutchTime.today(clock);
        dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale());
        add(new PageHeading(getTranslation("parameters.title")), new Paragraph(getTranslation("parameters.intro")),
                new H2(getTranslation("parameters.stale")), grid(health.staleParameters(today), "parameters.staleGrid"),
                new H2(getTranslation("parameters.unconfirmed")),
                grid(health.unconfirmedParameters(today), "parameters.unconfirmedGrid"),
                new H2(getTranslation("parameters.all")), grid(health.allParameters(today), "parameters.allGrid"));
    }

    private Grid<ParameterStatus> grid(List<ParameterStatus> items, String labelKey) {
        Grid<ParameterStatus> grid = new Grid<>();
        grid.addColumn(ParameterStatus::id).setHeader(getTranslation("parameters.id")).setFlexGrow(2);
        grid.addColumn(ParameterStatus::description).setHeader(getTranslation("parameters.description")).setFlexGrow(3);
        grid.addColumn(p -> p.value().toPlainString()).setHeader(getTranslation("parameters.value"));
        grid.addColumn(p -> dates.format(p.effectiveFrom())).setHeader(getTranslation("parameters.effectiveFrom"));
        grid.addColumn(this::reason).setKey(REASON).setHeader(getTranslation("parameters.reason")).setFlexGrow(4);
        grid.addComponentColumn(this::sourceLink).setKey(SOURCE).setHeader(getTranslation("parameters.source"))
                .setFlexGrow(2);
        grid.addColumn(this::lastChecked).setKey(LAST_CHECKED).setHeader(getTranslation("parameters.lastChecked"));
        grid.addColumn(p -> p.line() > 0 ? p.file() + ":" + p.line() : getTranslation("parameters.database"))
                .setHeader(getTranslation("parameters.where")).setFlexGrow(2);
        if (editor) {
            grid.addComponentColumn(this::newValue).setKey(NEW_VALUE).setHeader(getTranslation("parameters.newValue"));
        }
        grid.setItems(items);
        grid.setAllRowsVisible(true);
        // Nine columns of ids, sources and reasons: wrap them and use the page's width instead of cutting them off.
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.getElement().setAttribute("aria-label", getTranslation(labelKey));
        return grid;
    }

    /** Why the value is listed: the change date it missed, or that it is unconfirmed or not in force yet. */
    String reason(ParameterStatus status) {
        String reason;
        if (status.staleSince() != null) {
            reason = getTranslation("parameters.reason.stale", dates.format(status.staleSince()),
                    dates.format(status.effectiveFrom()), getTranslation("parameters.changes." + status.changes()));
        } else if (!status.inForce()) {
            reason = getTranslation("parameters.reason.notInForce", dates.format(status.effectiveFrom()));
        } else {
            reason = getTranslation("parameters.reason.unconfirmed");
        }
        return status.note() == null ? reason : reason + ". " + status.note();
    }

    /** The editor's action on each row: a new value for this parameter (reviewed before residents see it). */
    private Anchor newValue(ParameterStatus status) {
        Anchor link = new Anchor(PortalRoutes.newParameterValue(status.id()), getTranslation("parameters.newValue"));
        link.getElement().setAttribute("aria-label", getTranslation("parameters.newValueFor", status.id()));
        return link;
    }

    String lastChecked(ParameterStatus status) {
        return status.lastChecked() == null ? getTranslation("parameters.neverChecked")
                : dates.format(status.lastChecked());
    }

    /**
     * The link text is the site's name, so the column stays narrow; the full address is in the link and its title.
     * The accessible name starts with the visible text (WCAG 2.5.3) and says which value and that a tab opens.
     */
    private Anchor sourceLink(ParameterStatus status) {
        String host = URI.create(status.source()).getHost().replaceFirst("^www\\.", "");
        Anchor link = new Anchor(status.source(), host, AnchorTarget.BLANK);
        link.getElement().setAttribute("rel", "noopener noreferrer");
        link.getElement().setAttribute("title", status.source());
        link.getElement().setAttribute("aria-label", getTranslation("parameters.sourceLink", host, status.id()));
        return link;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("parameters.title");
    }
}
