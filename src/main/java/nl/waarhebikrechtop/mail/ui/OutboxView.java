package nl.waarhebikrechtop.mail.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import nl.waarhebikrechtop.mail.OutgoingMail;
import nl.waarhebikrechtop.mail.internal.OutboxAdmin;
import nl.waarhebikrechtop.mail.internal.OutboxEntry;
import nl.waarhebikrechtop.shared.DutchTime;
import nl.waarhebikrechtop.shared.ui.MainLayout;
import nl.waarhebikrechtop.shared.ui.PageHeading;
import nl.waarhebikrechtop.shared.ui.PortalRoutes;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

/**
 * The mail outbox for staff: every mail with its status, attempts and last error, and one mail's subject and
 * text. Without an SMTP server this is where the portal's mails can be read. Roles as names, not
 * {@code account.Role}, so that the mail module does not depend on the account module.
 */
@Route(value = PortalRoutes.STAFF_MAIL, layout = MainLayout.class)
@RolesAllowed({"ADMIN", "CASEWORKER"})
class OutboxView extends Div implements HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm:ss")
            .withZone(DutchTime.ZONE);

    private final OutboxAdmin admin;
    private final AuthenticationContext authentication;
    private final Grid<OutboxEntry> grid = new Grid<>(OutboxEntry.class, false);
    private final Div detail = new Div();

    OutboxView(OutboxAdmin admin, AuthenticationContext authentication) {
        this.admin = admin;
        this.authentication = authentication;
        addClassName("outbox-view");
        Paragraph smtp = new Paragraph(
                getTranslation(admin.smtpConfigured() ? "outbox.smtp.on" : "outbox.smtp.off"));
        smtp.addClassName("notice");
        Button refresh = new Button(getTranslation("outbox.refresh"), e -> refresh());
        configureGrid();
        detail.addClassName("outbox-detail");
        detail.getElement().setAttribute("aria-live", "polite");
        add(new PageHeading(getTranslation("outbox.title")), smtp, testMailForm(), refresh, grid, detail);
        refresh();
    }

    private void configureGrid() {
        grid.setAriaLabel(getTranslation("outbox.grid.label"));
        grid.addColumn(e -> getTranslation("outbox.status." + e.status().name())).setKey("status")
                .setHeader(getTranslation("outbox.column.status")).setAutoWidth(true);
        grid.addColumn(OutboxEntry::templateId).setKey("template")
                .setHeader(getTranslation("outbox.column.template")).setAutoWidth(true);
        grid.addColumn(e -> e.erased() ? getTranslation("outbox.erased") : e.displayRecipient()).setKey("to")
                .setHeader(getTranslation("outbox.column.to")).setAutoWidth(true);
        grid.addColumn(e -> format(e.createdAt())).setKey("created")
                .setHeader(getTranslation("outbox.column.created")).setAutoWidth(true);
        grid.addColumn(OutboxEntry::attempts).setKey("attempts")
                .setHeader(getTranslation("outbox.column.attempts")).setAutoWidth(true);
        grid.addColumn(e -> e.lastError() == null ? "" : e.lastError()).setKey("error")
                .setHeader(getTranslation("outbox.column.error")).setFlexGrow(3);
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(e -> showDetail(e.getValue()));
    }

    private Div testMailForm() {
        EmailField to = new EmailField(getTranslation("outbox.test.to"));
        Button send = new Button(getTranslation("outbox.test.submit"), e -> {
            if (!OutgoingMail.isValidAddress(to.getValue())) {
                to.setErrorMessage(getTranslation("outbox.test.invalid"));
                to.setInvalid(true);
                return;
            }
            to.setInvalid(false);
            admin.enqueueTestMail(to.getValue(), getLocale(), authentication.getPrincipalName().orElse("?"));
            Notification.show(getTranslation("outbox.test.queued"));
            refresh();
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div form = new Div(to, send);
        form.addClassName("outbox-test");
        return form;
    }

    private void showDetail(OutboxEntry entry) {
        detail.removeAll();
        if (entry == null) {
            return;
        }
        detail.add(new H2(getTranslation("outbox.detail.title")));
        if (entry.erased()) {
            detail.add(new Paragraph(getTranslation("outbox.detail.erased", format(entry.sentAt()))));
            return;
        }
        detail.add(new Paragraph(getTranslation("outbox.detail.subject", entry.subject())));
        Pre body = new Pre(entry.bodyText());
        body.addClassName("mail-body");
        detail.add(body);
    }

    private void refresh() {
        grid.setItems(admin.recent());
        detail.removeAll();
    }

    private static String format(Instant time) {
        return time == null ? "" : TIME.format(time);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("outbox.title"));
    }
}
