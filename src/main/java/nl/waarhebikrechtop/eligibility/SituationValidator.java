package nl.waarhebikrechtop.eligibility;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds missing and absurd answers in a {@link Situation}, one {@link FieldError} per field, with a path such as
 * {@code children[1].age}. An empty list means the situation can be evaluated. Limits are the constants on
 * {@link Situation}, so the questionnaire, the API and the tests use the same ones.
 */
public final class SituationValidator {

    public static final String REQUIRED = "eligibility.error.required";
    public static final String AGE = "eligibility.error.age";
    public static final String AMOUNT = "eligibility.error.amount";
    public static final String TOO_MANY = "eligibility.error.tooMany";
    public static final String MONTHS = "eligibility.error.months";
    public static final String CHILD_AGE = "eligibility.error.childAge";

    public List<FieldError> validate(Situation s) {
        List<FieldError> errors = new ArrayList<>(0);
        if (s.municipality() == null) {
            required(errors, "municipality");
        }
        age(errors, "age", s.age());
        if (s.partner() != null && s.partner().age() != null) {
            age(errors, "partner.age", s.partner().age());
        }
        children(errors, s);
        housemates(errors, s);
        if (s.income() == null) {
            required(errors, "income");
        } else {
            amount(errors, "income.work", s.income().work(), Situation.MAX_MONTHLY_AMOUNT);
            amount(errors, "income.benefit", s.income().benefit(), Situation.MAX_MONTHLY_AMOUNT);
            amount(errors, "income.alimony", s.income().alimony(), Situation.MAX_MONTHLY_AMOUNT);
            amount(errors, "income.other", s.income().other(), Situation.MAX_MONTHLY_AMOUNT);
        }
        amount(errors, "assets", s.assets(), Situation.MAX_ASSETS);
        amount(errors, "monthlyRent", s.monthlyRent(), Situation.MAX_MONTHLY_AMOUNT);
        answer(errors, "ownHome", s.ownHome());
        answer(errors, "debts", s.debts());
        answer(errors, "receivingBijstand", s.receivingBijstand());
        Integer months = s.monthsAtOrBelowNorm();
        if (months != null && (months < 0 || months > Situation.MAX_MONTHS)) {
            errors.add(new FieldError("monthsAtOrBelowNorm", MONTHS,
                    "Vul een aantal maanden in van 0 tot en met " + Situation.MAX_MONTHS + ".",
                    "Enter a number of months from 0 to " + Situation.MAX_MONTHS + "."));
        }
        return errors;
    }

    private static void children(List<FieldError> errors, Situation s) {
        if (s.children().size() > Situation.MAX_CHILDREN) {
            tooMany(errors, "children", Situation.MAX_CHILDREN);
        }
        for (int i = 0; i < s.children().size(); i++) {
            Situation.Child child = s.children().get(i);
            String path = "children[" + i + "]";
            if (child == null) {
                required(errors, path);
                continue;
            }
            if (child.age() < 0 || child.age() > Situation.MAX_AGE) {
                errors.add(new FieldError(path + ".age", AGE, "Vul een leeftijd in van 0 tot en met "
                        + Situation.MAX_AGE + " jaar.", "Enter an age from 0 to " + Situation.MAX_AGE + "."));
            } else if (child.age() >= s.age()) {
                errors.add(new FieldError(path + ".age", CHILD_AGE, "Een kind kan niet even oud of ouder zijn dan u.",
                        "A child cannot be as old as or older than you."));
            }
            if (child.school() == null) {
                required(errors, path + ".school");
            }
        }
    }

    private static void housemates(List<FieldError> errors, Situation s) {
        if (s.housemates().size() > Situation.MAX_HOUSEMATES) {
            tooMany(errors, "housemates", Situation.MAX_HOUSEMATES);
        }
        for (int i = 0; i < s.housemates().size(); i++) {
            Situation.Housemate mate = s.housemates().get(i);
            String path = "housemates[" + i + "]";
            if (mate == null) {
                required(errors, path);
                continue;
            }
            if (mate.age() != null) {
                age(errors, path + ".age", mate.age(), 0);
            }
            if (mate.relation() == null) {
                required(errors, path + ".relation");
            }
        }
    }

    private static void age(List<FieldError> errors, String field, int age) {
        age(errors, field, age, Situation.MIN_AGE);
    }

    private static void age(List<FieldError> errors, String field, int age, int min) {
        if (age < min || age > Situation.MAX_AGE) {
            errors.add(new FieldError(field, AGE, "Vul een leeftijd in van " + min + " tot en met "
                    + Situation.MAX_AGE + " jaar.", "Enter an age from " + min + " to " + Situation.MAX_AGE + "."));
        }
    }

    private static void amount(List<FieldError> errors, String field, @Nullable BigDecimal value, BigDecimal max) {
        if (value == null) {
            return;
        }
        if (value.signum() < 0 || value.compareTo(max) > 0
                || value.scale() > 2 && value.stripTrailingZeros().scale() > 2) {
            errors.add(new FieldError(field, AMOUNT, "Vul een bedrag in van 0 tot " + Money.nl(Money.cents(max))
                    + ", met hoogstens 2 cijfers achter de komma.", "Enter an amount from 0 to "
                    + Money.en(Money.cents(max)) + ", with at most 2 decimals."));
        }
    }

    private static void answer(List<FieldError> errors, String field, @Nullable Answer answer) {
        if (answer == null) {
            required(errors, field);
        }
    }

    private static void required(List<FieldError> errors, String field) {
        errors.add(new FieldError(field, REQUIRED, "Geef hier antwoord op. Weet u het niet? Kies dan 'weet ik niet'.",
                "Please answer this. Don't know? Choose 'don't know'."));
    }

    private static void tooMany(List<FieldError> errors, String field, int max) {
        errors.add(new FieldError(field, TOO_MANY, "Vul er hoogstens " + max + " in.",
                "Enter at most " + max + "."));
    }
}
