package nl.waarhebikrechtop.aanvraag.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.FieldSet;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import nl.waarhebikrechtop.aanvraag.ContactDetails;
import nl.waarhebikrechtop.aanvraag.FormField;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Who applies: asked only here, never in the check. Never a BSN. Problems are shown next to their field. */
class ContactFields extends FieldSet {

    private final TextField name = text("apply.contact.name", ContactDetails.NAME_MAX_LENGTH, "name");
    private final TextField street = text("apply.contact.street", ContactDetails.STREET_MAX_LENGTH, "street-address");
    private final TextField postcode = text("apply.contact.postcode", ContactDetails.POSTCODE_MAX_LENGTH, "postal-code");
    private final TextField place = text("apply.contact.place", ContactDetails.PLACE_MAX_LENGTH, "address-level2");
    private final DatePicker birthDate = new DatePicker();
    private final EmailField email = new EmailField();
    private final TextField phone = text("apply.contact.phone", ContactDetails.PHONE_MAX_LENGTH, "tel");
    private final TextField iban = text("apply.contact.iban", ContactDetails.IBAN_MAX_LENGTH, "off");
    private final Map<FormField, HasValidation> fields = new EnumMap<>(FormField.class);

    ContactFields(ContactDetails contact, boolean askIban) {
        setLegendText(getTranslation("apply.contact"));
        birthDate.setLabel(getTranslation("apply.contact.birthDate"));
        birthDate.setLocale(getLocale());
        birthDate.getElement().setAttribute("autocomplete", "bday");
        email.setLabel(getTranslation("apply.contact.email"));
        email.setMaxLength(ContactDetails.EMAIL_MAX_LENGTH);
        email.getElement().setAttribute("autocomplete", "email");
        iban.setHelperText(getTranslation("apply.contact.iban.help"));
        iban.setVisible(askIban);
        name.setValue(contact.name());
        street.setValue(contact.street());
        postcode.setValue(contact.postcode());
        place.setValue(contact.place());
        birthDate.setValue(contact.birthDate());
        email.setValue(contact.email());
        phone.setValue(contact.phone());
        iban.setValue(contact.iban());
        fields.putAll(Map.of(FormField.NAME, name, FormField.STREET, street, FormField.POSTCODE, postcode,
                FormField.PLACE, place, FormField.BIRTH_DATE, birthDate, FormField.EMAIL, email, FormField.PHONE, phone,
                FormField.IBAN, iban));
        add(new Paragraph(getTranslation("apply.contact.why")), name, street, postcode, place, birthDate, email, phone,
                iban);
    }

    /** Calls back on every change, e.g. to keep the draft in the session. */
    void onChange(Runnable listener) {
        List.of(name, street, postcode, place, phone, iban).forEach(f -> f.addValueChangeListener(e -> listener.run()));
        birthDate.addValueChangeListener(e -> listener.run());
        email.addValueChangeListener(e -> listener.run());
    }

    ContactDetails contact() {
        return new ContactDetails(name.getValue(), street.getValue(), postcode.getValue(), place.getValue(),
                birthDate.getValue(), email.getValue(), phone.getValue(), iban.getValue());
    }

    /** Shows each problem (a message key) next to its field and clears the fields that are fine now. */
    void showProblems(Map<FormField, String> problems, Function<String, String> translate) {
        fields.forEach((field, component) -> {
            String key = problems.get(field);
            component.setInvalid(key != null);
            component.setErrorMessage(key == null ? null : translate.apply(key));
        });
    }

    private TextField text(String labelKey, int maxLength, String autocomplete) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setMaxLength(maxLength);
        field.getElement().setAttribute("autocomplete", autocomplete);
        return field;
    }
}
