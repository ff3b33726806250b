package nl.waarhebikrechtop.aanvraag;

import nl.waarhebikrechtop.mail.OutgoingMail;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/**
 * What a submitted application needs of its contact details. Problems are message keys (Dutch and English in the
 * bundles), so the view can show each next to its field.
 */
public final class ContactRules {

    private ContactRules() {
    }

    /** Problems per field; empty when the details can be submitted. */
    public static Map<FormField, String> problems(ContactDetails c, boolean ibanNeeded, LocalDate today) {
        Map<FormField, String> problems = new EnumMap<>(FormField.class);
        required(problems, FormField.NAME, c.name());
        required(problems, FormField.STREET, c.street());
        required(problems, FormField.PLACE, c.place());
        if (c.postcode().isEmpty()) {
            problems.put(FormField.POSTCODE, "apply.error.postcode.required");
        } else if (!c.postcode().matches("[1-9][0-9]{3} ?[A-Z]{2}")) {
            problems.put(FormField.POSTCODE, "apply.error.postcode.invalid");
        }
        if (c.birthDate() == null) {
            problems.put(FormField.BIRTH_DATE, "apply.error.birthDate.required");
        } else if (!c.birthDate().isBefore(today) || c.birthDate().isBefore(today.minusYears(120))) {
            problems.put(FormField.BIRTH_DATE, "apply.error.birthDate.invalid");
        }
        if (c.email().isEmpty()) {
            problems.put(FormField.EMAIL, "apply.error.email.required");
        } else if (!OutgoingMail.isValidAddress(c.email())) {
            problems.put(FormField.EMAIL, "apply.error.email.invalid");
        }
        if (!c.phone().isEmpty() && !c.phone().matches("\\+?[0-9 ()-]{8,}")) {
            problems.put(FormField.PHONE, "apply.error.phone.invalid");
        }
        if (c.iban().isEmpty()) {
            if (ibanNeeded) {
                problems.put(FormField.IBAN, "apply.error.iban.required");
            }
        } else if (!Iban.isValid(c.iban())) {
            problems.put(FormField.IBAN, "apply.error.iban.invalid");
        }
        return problems;
    }

    private static void required(Map<FormField, String> problems, FormField field, String value) {
        if (value.isEmpty()) {
            problems.put(field, "apply.error.required");
        }
    }
}
