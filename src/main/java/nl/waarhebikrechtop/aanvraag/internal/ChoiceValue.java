package nl.waarhebikrechtop.aanvraag.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import nl.waarhebikrechtop.aanvraag.Beneficiary;
import nl.waarhebikrechtop.aanvraag.Choice;

/** A row of {@code application_choice}: what the resident asks for, for whom. */
@Embeddable
record ChoiceValue(@Enumerated(EnumType.STRING) Beneficiary beneficiary,
                   @Column(name = "person_index") int personIndex,
                   String item) {

    static ChoiceValue of(Choice choice) {
        return new ChoiceValue(choice.beneficiary(), choice.index(), choice.item());
    }

    Choice toChoice() {
        return new Choice(beneficiary, personIndex, item);
    }
}
