package nl.waarhebikrechtop.schuldhulp.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.waarhebikrechtop.account.CurrentUser;
import nl.waarhebikrechtop.schuldhulp.GkbReferral;
import nl.waarhebikrechtop.schuldhulp.GkbReferralService;
import nl.waarhebikrechtop.shared.DutchTime;
import nl.waarhebikrechtop.shared.ui.MainLayout;
import nl.waarhebikrechtop.shared.ui.PageHeading;
import nl.waarhebikrechtop.shared.ui.PortalRoutes;

import java.time.format.DateTimeFormatter;

/** For caseworkers: the GKB referrals with the seven-working-day visit target; overdue ones stand out. */
@Route(value = PortalRoutes.STAFF_GKB, layout = MainLayout.class)
@RolesAllowed({"ADMIN", "CASEWORKER"})
class GkbReferralsView extends Div implements HasDynamicTitle {

    private static final DateTimeFormatter MADE = DateTimeFormatter.ofPattern("d-M-yyyy HH:mm")
            .withZone(DutchTime.ZONE);

    private final GkbReferralService referrals;
    private final CurrentUser user;
    private final Grid<GkbReferral> grid = new Grid<>();

    GkbReferralsView(GkbReferralService referrals, CurrentUser user) {
        this.referrals = referrals;
        this.user = user;
        addClassName("gkb-referrals");
        grid.addColumn(r -> MADE.format(r.createdAt())).setHeader(getTranslation("gkbStaff.made"));
        grid.addColumn(GkbReferral::name).setHeader(getTranslation("gkb.name")).setFlexGrow(2);
        grid.addColumn(GkbReferral::phone).setHeader(getTranslation("gkb.phone"));
        grid.addColumn(r -> getTranslation("gkb.time." + r.preferredTime().name().toLowerCase()))
                .setHeader(getTranslation("gkb.time"));
        grid.addColumn(this::deadline).setHeader(getTranslation("gkbStaff.visit")).setFlexGrow(2);
        grid.addComponentColumn(this::action).setHeader(getTranslation("gkbStaff.status")).setKey("status");
        grid.setPartNameGenerator(r -> r.status() == GkbReferral.Status.NEW && referrals.workingDaysLeft(r) < 0
                ? "overdue" : null);
        grid.setAllRowsVisible(true);
        grid.getElement().setAttribute("aria-label", getTranslation("gkbStaff.grid"));
        add(new PageHeading(getTranslation("gkbStaff.title")), new Paragraph(getTranslation("gkbStaff.intro",
                GkbReferralService.VISIT_WITHIN_WORKING_DAYS)), grid);
        refresh();
    }

    private String deadline(GkbReferral referral) {
        int left = referrals.workingDaysLeft(referral);
        String date = referral.visitDue().toString();
        if (referral.status() == GkbReferral.Status.CONTACTED) {
            return date;
        }
        return left < 0 ? getTranslation("gkbStaff.overdue", date, -left) : getTranslation("gkbStaff.left", date, left);
    }

    private com.vaadin.flow.component.Component action(GkbReferral referral) {
        if (referral.status() == GkbReferral.Status.CONTACTED) {
            return new com.vaadin.flow.component.html.Span(getTranslation("gkbStaff.contacted"));
        }
        Button done = new Button(getTranslation("gkbStaff.markContacted"), e -> {
            referrals.markContacted(referral.id(), user.actor());
            refresh();
        });
        done.getElement().setAttribute("aria-label", getTranslation("gkbStaff.markContactedFor", referral.name()));
        return done;
    }

    private void refresh() {
        grid.setItems(referrals.list(user.actor()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("gkbStaff.title");
    }
}
