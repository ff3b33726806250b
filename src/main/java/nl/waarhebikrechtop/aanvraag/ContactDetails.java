package nl.waarhebikrechtop.aanvraag;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/**
 * Who applies and how to reach them: asked only on the application form, never in the check. No BSN. Every field
 * may be empty in a draft; {@link ContactRules#problems} says what a submit still needs.
 */
public record ContactDetails(String name, String street, String postcode, String place,
                             @Nullable LocalDate birthDate, String email, String phone, String iban) {

    public static final int NAME_MAX_LENGTH = 200;
    public static final int STREET_MAX_LENGTH = 200;
    public static final int PLACE_MAX_LENGTH = 100;
    public static final int PHONE_MAX_LENGTH = 30;
    public static final int EMAIL_MAX_LENGTH = 320;
    public static final int POSTCODE_MAX_LENGTH = 7;
    /** Room for the longest IBAN (34) written with spaces. */
    public static final int IBAN_MAX_LENGTH = 42;

    public static final ContactDetails EMPTY = new ContactDetails("", "", "", "", null, "", "", "");

    public ContactDetails {
        name = clean(name);
        street = clean(street);
        postcode = clean(postcode).toUpperCase(java.util.Locale.ROOT);
        place = clean(place);
        email = clean(email);
        phone = clean(phone);
        iban = Iban.normalise(clean(iban));
        // The form's fields have these limits; anything longer did not come from the form.
        if (name.length() > NAME_MAX_LENGTH || street.length() > STREET_MAX_LENGTH || place.length() > PLACE_MAX_LENGTH
                || postcode.length() > POSTCODE_MAX_LENGTH || email.length() > EMAIL_MAX_LENGTH
                || phone.length() > PHONE_MAX_LENGTH || iban.length() > IBAN_MAX_LENGTH) {
            throw new IllegalArgumentException("a contact field is longer than the form allows");
        }
    }

    private static String clean(@Nullable String text) {
        return text == null ? "" : text.strip();
    }
}
