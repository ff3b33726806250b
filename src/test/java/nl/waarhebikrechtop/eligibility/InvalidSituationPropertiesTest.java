package nl.waarhebikrechtop.eligibility;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** One absurd or missing answer planted in a random valid situation is always reported on its own field. */
class InvalidSituationPropertiesTest {

    /** A defect and the field path the validator must name. */
    private record Defect(String field, Situation situation) {
    }

    @TestFactory
    Stream<DynamicTest> invalid_situations_are_rejected_with_an_error_on_the_broken_field() {
        return EligibilityPropertiesTest.cases("invalid situation", seed -> {
            SituationGenerator random = new SituationGenerator(seed);
            Defect defect = plant(random, random.next());
            String context = "seed " + seed + ", broken " + defect.field() + ": " + defect.situation();

            List<FieldError> errors = Engine.SERVICE.validate(defect.situation());

            assertThat(errors).as(context).extracting(FieldError::field).contains(defect.field());
            assertThat(errors).as(context).allSatisfy(e -> {
                assertThat(e.key()).startsWith("eligibility.error.");
                assertThat(e.nl()).isNotBlank();
                assertThat(e.en()).isNotBlank();
            });
            assertThatThrownBy(() -> Engine.SERVICE.evaluate(defect.situation(), LocalDate.of(2025, 9, 1)))
                    .as(context).isInstanceOfSatisfying(InvalidSituationException.class,
                            e -> assertThat(e.errors()).isEqualTo(errors));
        });
    }

    private static Defect plant(SituationGenerator random, Situation s) {
        BigDecimal absurd = random.chance(50) ? new BigDecimal("-0.01") : new BigDecimal("1.005");
        List<Situation.Child> children = new ArrayList<>(s.children());
        return switch (random.between(0, 9)) {
            case 0 -> new Defect("age", copy(s, random.chance(50) ? 200 : -1, s.children(), s.income()));
            case 1 -> new Defect("income.work", s.withIncome(s.income().withWork(absurd)));
            case 2 -> new Defect("income.other", s.withIncome(new Income(s.income().work(), s.income().benefit(),
                    s.income().alimony(), new BigDecimal("1000000.01"))));
            case 3 -> new Defect("assets", s.withAssets(new BigDecimal("-5")));
            case 4 -> {
                children.add(new Situation.Child(-1, School.NONE));
                yield new Defect("children[" + (children.size() - 1) + "].age", copy(s, s.age(), children, s.income()));
            }
            case 5 -> {
                children.add(new Situation.Child(0, null));
                yield new Defect("children[" + (children.size() - 1) + "].school",
                        copy(s, s.age(), children, s.income()));
            }
            case 6 -> {
                while (children.size() <= Situation.MAX_CHILDREN) {
                    children.add(new Situation.Child(0, School.NONE));
                }
                yield new Defect("children", copy(s, Math.max(s.age(), 30), children, s.income()));
            }
            case 7 -> new Defect("income", copy(s, s.age(), s.children(), null));
            case 8 -> new Defect("monthsAtOrBelowNorm", new Situation(s.municipality(), s.moving(), s.age(),
                    s.partner(), s.children(), s.housemates(), s.income(), s.assets(), s.ownHome(), s.debts(),
                    s.receivingBijstand(), -3, s.monthlyRent(), s.studyFinance()));
            default -> new Defect("municipality", new Situation(null, s.moving(), s.age(), s.partner(), s.children(),
                    s.housemates(), s.income(), s.assets(), s.ownHome(), s.debts(), s.receivingBijstand(),
                    s.monthsAtOrBelowNorm(), s.monthlyRent(), s.studyFinance()));
        };
    }

    private static Situation copy(Situation s, int age, List<Situation.Child> children, Income income) {
        return new Situation(s.municipality(), s.moving(), age, s.partner(), children, s.housemates(), income,
                s.assets(), s.ownHome(), s.debts(), s.receivingBijstand(), s.monthsAtOrBelowNorm(), s.monthlyRent(),
                s.studyFinance());
    }
}
