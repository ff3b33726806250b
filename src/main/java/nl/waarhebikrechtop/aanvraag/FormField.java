package nl.waarhebikrechtop.aanvraag;

/** The parts of the application form a problem can be about, so that views show it next to the right field. */
public enum FormField {
    NAME, STREET, POSTCODE, PLACE, BIRTH_DATE, EMAIL, PHONE, IBAN, CHOICES, DECLARATION
}
