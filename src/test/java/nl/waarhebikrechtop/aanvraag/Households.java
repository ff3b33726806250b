package nl.waarhebikrechtop.aanvraag;

import nl.waarhebikrechtop.eligibility.Answer;
import nl.waarhebikrechtop.eligibility.HomeMunicipality;
import nl.waarhebikrechtop.eligibility.Income;
import nl.waarhebikrechtop.eligibility.School;
import nl.waarhebikrechtop.eligibility.Situation;

import java.math.BigDecimal;
import java.util.List;

/** Households for application tests. */
public final class Households {

    private Households() {
    }

    /** A single parent in Assen with 1,200 a month from work, a child of 9 (primary) and one of 15 (secondary). */
    public static Situation singleParentWithLowIncome() {
        return withIncome(new BigDecimal("1200"));
    }

    public static Situation withIncome(BigDecimal monthly) {
        return new Situation(HomeMunicipality.ASSEN, false, 35, null,
                List.of(new Situation.Child(9, School.PRIMARY), new Situation.Child(15, School.SECONDARY)), List.of(),
                Income.fromWork(monthly), new BigDecimal("500"), Answer.NO, Answer.NO, Answer.NO, null,
                new BigDecimal("650"), Answer.NO);
    }

    public static ContactDetails contact(String iban) {
        return new ContactDetails("Sanne de Vries", "Kerkstraat 1", "9401 AA", "Assen",
                java.time.LocalDate.of(1990, 5, 17), "sanne@example.nl", "", iban);
    }
}
