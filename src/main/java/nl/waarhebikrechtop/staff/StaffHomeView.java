package nl.waarhebikrechtop.staff;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.waarhebikrechtop.aanvraag.Casework;
import nl.waarhebikrechtop.aanvraag.QueueFilter;
import nl.waarhebikrechtop.account.CurrentUser;
import nl.waarhebikrechtop.account.Role;
import nl.waarhebikrechtop.account.SignedInUser;
import nl.waarhebikrechtop.content.ContentHealth;
import nl.waarhebikrechtop.content.ParameterChange;
import nl.waarhebikrechtop.content.PagePublishing;
import nl.waarhebikrechtop.content.ParameterPublishing;
import nl.waarhebikrechtop.content.ParameterSource;
import nl.waarhebikrechtop.shared.DutchTime;
import nl.waarhebikrechtop.shared.ui.MainLayout;
import nl.waarhebikrechtop.shared.ui.PageHeading;
import nl.waarhebikrechtop.shared.ui.PortalRoutes;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Where staff start: what waits for them. Editors and publishers see the amounts to review, scheduled and out of
 * date, and the next date on which norms change; caseworkers the applications waiting for a decision.
 */
@Route(value = PortalRoutes.STAFF_HOME, layout = MainLayout.class)
@RolesAllowed({"ADMIN", "CASEWORKER", "EDITOR", "PUBLISHER"})
class StaffHomeView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ParameterPublishing publishing;
    private final PagePublishing pages;
    private final ParameterSource parameters;
    private final ContentHealth health;
    private final Casework casework;
    private final CurrentUser currentUser;
    private final Clock clock;

    StaffHomeView(ParameterPublishing publishing, PagePublishing pages, ParameterSource parameters,
                  ContentHealth health, Casework casework, CurrentUser currentUser, Clock clock) {
        this.publishing = publishing;
        this.pages = pages;
        this.parameters = parameters;
        this.health = health;
        this.casework = casework;
        this.currentUser = currentUser;
        this.clock = clock;
        addClassName("staff-home");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        SignedInUser user = currentUser.get().orElseThrow();
        add(new PageHeading(getPageTitle()), new Paragraph(getTranslation("staffHome.intro")));
        if (user.hasRole(Role.EDITOR) || user.hasRole(Role.PUBLISHER)) {
            add(amounts());
        }
        if (user.hasRole(Role.CASEWORKER) || user.hasRole(Role.ADMIN)) {
            add(applications());
        }
    }

    private Section amounts() {
        LocalDate today = DutchTime.today(clock);
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale());
        DateTimeFormatter moments = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(getLocale()).withZone(DutchTime.ZONE);
        Section section = new Section(new H2(getTranslation("staffHome.amounts")));
        section.add(new Paragraph(PortalRoutes.link(PortalRoutes.STAFF_PUBLISHING, getTranslation("staffHome.waiting",
                publishing.waitingForReview().size(), publishing.drafts().size()))));
        section.add(new Paragraph(PortalRoutes.link(PortalRoutes.STAFF_PAGES, getTranslation("staffHome.pagesWaiting",
                pages.waitingForReview().size(), pages.drafts().size()))));
        List<ParameterChange> scheduled = publishing.scheduled();
        section.add(new Paragraph(getTranslation("staffHome.scheduled", scheduled.size())));
        if (!scheduled.isEmpty()) {
            UnorderedList list = new UnorderedList();
            scheduled.forEach(c -> list.add(new ListItem(getTranslation("staffHome.scheduledLine",
                    parameters.parameter(c.parameterId()).description(), moments.format(c.publishAt())))));
            section.add(list);
        }
        section.add(new Paragraph(PortalRoutes.link(PortalRoutes.STAFF_PARAMETERS, getTranslation("staffHome.toCheck",
                health.staleParameters(today).size(), health.unconfirmedParameters(today).size()))));
        LocalDate next = health.nextChangeDate(today);
        section.add(new Paragraph(getTranslation("staffHome.nextChange", dates.format(next),
                ChronoUnit.DAYS.between(today, next))));
        return section;
    }

    private Section applications() {
        Section section = new Section(new H2(getTranslation("staffHome.applications")));
        long open = casework.queueSize(new QueueFilter(null, nl.waarhebikrechtop.aanvraag.ApplicationStatus.SUBMITTED,
                null, false));
        long overdue = casework.queueSize(new QueueFilter(null, null, null, true));
        section.add(new Paragraph(PortalRoutes.link(PortalRoutes.STAFF_APPLICATIONS,
                getTranslation("staffHome.queue", open, overdue))));
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("staffHome.title");
    }
}
