package nl.waarhebikrechtop.check.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.EmailField;
import nl.waarhebikrechtop.check.CheckOverviewMailer;

import java.util.function.Consumer;

/** "Mail mij dit overzicht": one e-mail address, used once and not kept. */
class MailOverviewPanel extends Section {

    final EmailField address = new EmailField(getTranslation("results.mail.address"));
    private final Paragraph done = new Paragraph();

    MailOverviewPanel(Consumer<String> send) {
        addClassName("mail-overview");
        addClassName("no-print");
        address.setHelperText(getTranslation("results.mail.help"));
        address.setMaxLength(254);
        done.getElement().setAttribute("role", "status");
        Button button = new Button(getTranslation("results.mail.send"), e -> {
            String value = address.getValue().strip();
            if (!CheckOverviewMailer.isValidAddress(value)) {
                address.setErrorMessage(getTranslation(value.isEmpty() ? "results.mail.required" : "results.mail.invalid"));
                address.setInvalid(true);
                address.focus();
                return;
            }
            address.setInvalid(false);
            send.accept(value);
            done.setText(getTranslation("results.mail.sent", value));
            address.clear();
        });
        add(new H2(getTranslation("results.mail.title")), address, button, done);
    }
}
