package nl.waarhebikrechtop.eligibility;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SituationValidatorTest {

    private final SituationValidator validator = new SituationValidator();

    private static Situation with(int age, List<Situation.Child> children, List<Situation.Housemate> mates,
                                  Income income) {
        return new Situation(HomeMunicipality.ASSEN, false, age, null, children, mates, income, BigDecimal.ZERO,
                Answer.NO, Answer.NO, Answer.NO, null, null, Answer.NO);
    }

    @Test
    void a_plain_household_with_unknown_answers_is_valid() {
        Situation s = new Situation(HomeMunicipality.AA_EN_HUNZE, false, 40, new Situation.Partner(null),
                List.of(new Situation.Child(3, School.UNKNOWN)),
                List.of(new Situation.Housemate(null, Relation.UNKNOWN)),
                new Income(null, null, null, null), null, Answer.UNKNOWN, Answer.UNKNOWN, Answer.UNKNOWN, null, null,
                Answer.UNKNOWN);

        assertThat(validator.validate(s)).isEmpty();
    }

    @Test
    void the_second_childs_impossible_age_is_named_by_its_position() {
        List<FieldError> errors = validator.validate(with(30,
                List.of(new Situation.Child(3, School.NONE), new Situation.Child(31, School.NONE)), List.of(),
                Income.NONE));

        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("children[1].age");
            assertThat(e.key()).isEqualTo(SituationValidator.CHILD_AGE);
            assertThat(e.nl()).contains("niet even oud of ouder");
            assertThat(e.en()).contains("cannot be as old");
        });
    }

    @Test
    void age_200_a_negative_income_and_a_missing_relation_each_get_their_own_error() {
        List<FieldError> errors = validator.validate(with(200, List.of(),
                Arrays.asList(new Situation.Housemate(30, null), null),
                Income.fromWork(new BigDecimal("-1"))));

        assertThat(errors).extracting(FieldError::field)
                .containsExactly("age", "housemates[0].relation", "housemates[1]", "income.work");
        assertThat(errors.get(0).nl()).isEqualTo("Vul een leeftijd in van 15 tot en met 120 jaar.");
        assertThat(errors.get(3).en()).isEqualTo("Enter an amount from 0 to €1,000,000.00, with at most 2 decimals.");
    }

    @Test
    void amounts_with_trailing_zeros_beyond_cents_are_still_whole_cents() {
        assertThat(validator.validate(with(30, List.of(), List.of(), Income.fromWork(new BigDecimal("12.5000")))))
                .isEmpty();
        assertThat(validator.validate(with(30, List.of(), List.of(), Income.fromWork(new BigDecimal("12.501")))))
                .extracting(FieldError::field).containsExactly("income.work");
    }
}
