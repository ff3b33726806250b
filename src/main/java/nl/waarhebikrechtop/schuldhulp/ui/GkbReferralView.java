package nl.waarhebikrechtop.schuldhulp.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.waarhebikrechtop.schuldhulp.GkbReferral;
import nl.waarhebikrechtop.schuldhulp.GkbReferralService;
import nl.waarhebikrechtop.shared.ui.MainLayout;
import nl.waarhebikrechtop.shared.ui.PageHeading;
import nl.waarhebikrechtop.shared.ui.PortalRoutes;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * "Help with debts": the resident asks the GKB to call. Only a name, a phone number and a preferred time, and only
 * with explicit consent to pass them on.
 */
@Route(value = PortalRoutes.DEBT_HELP, layout = MainLayout.class)
@AnonymousAllowed
class GkbReferralView extends Div implements HasDynamicTitle {

    private final GkbReferralService referrals;
    private final TextField name = new TextField(getTranslation("gkb.name"));
    private final TextField phone = new TextField(getTranslation("gkb.phone"));
    private final RadioButtonGroup<GkbReferral.PreferredTime> time = new RadioButtonGroup<>(getTranslation("gkb.time"));
    private final Checkbox consent = new Checkbox(getTranslation("gkb.consent"));
    private final Div form = new Div();

    GkbReferralView(GkbReferralService referrals) {
        this.referrals = referrals;
        addClassName("gkb-referral");
        name.setMaxLength(GkbReferral.NAME_MAX_LENGTH);
        name.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NAME);
        phone.setMaxLength(GkbReferral.PHONE_MAX_LENGTH);
        phone.setHelperText(getTranslation("gkb.phoneHelp"));
        phone.getElement().setAttribute("inputmode", "tel");
        phone.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.TEL);
        time.setItems(GkbReferral.PreferredTime.values());
        time.setItemLabelGenerator(t -> getTranslation("gkb.time." + t.name().toLowerCase()));
        time.setValue(GkbReferral.PreferredTime.ANY);
        Button send = new Button(getTranslation("gkb.send"), e -> send());
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        form.addClassName("gkb-form");
        form.add(name, phone, time, consent, send);
        add(new PageHeading(getTranslation("gkb.title")), new Paragraph(getTranslation("gkb.intro")),
                new Paragraph(getTranslation("gkb.what", GkbReferralService.VISIT_WITHIN_WORKING_DAYS)),
                new Paragraph(getTranslation("gkb.privacy")), form);
    }

    private void send() {
        boolean ok = true;
        name.setInvalid(false);
        phone.setInvalid(false);
        consent.setInvalid(false);
        if (name.getValue().isBlank()) {
            name.setErrorMessage(getTranslation("gkb.error.name"));
            name.setInvalid(true);
            ok = false;
        }
        if (GkbReferralService.normalisedPhone(phone.getValue()).isEmpty()) {
            phone.setErrorMessage(getTranslation("gkb.error.phone"));
            phone.setInvalid(true);
            ok = false;
        }
        if (!consent.getValue()) {
            consent.setErrorMessage(getTranslation("gkb.error.consent"));
            consent.setInvalid(true);
            ok = false;
        }
        if (!ok) {
            (name.isInvalid() ? name : phone.isInvalid() ? phone : consent).focus();
            return;
        }
        GkbReferral referral = referrals.refer(name.getValue(), phone.getValue(), time.getValue(), true);
        form.removeAll();
        Paragraph done = new Paragraph(getTranslation("gkb.done", referral.visitDue()
                .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale()))));
        done.addClassName("notice-info");
        done.getElement().setAttribute("role", "status");
        form.add(done);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("gkb.title");
    }
}
