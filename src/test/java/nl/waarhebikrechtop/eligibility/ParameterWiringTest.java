package nl.waarhebikrechtop.eligibility;

import nl.waarhebikrechtop.content.KindpakketCatalogue;
import nl.waarhebikrechtop.content.Parameter;
import nl.waarhebikrechtop.content.ParameterSource;
import nl.waarhebikrechtop.content.SchemeCatalogue;
import nl.waarhebikrechtop.content.Unit;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules refuse to start on parameters they cannot use, rather than compute with them. */
class ParameterWiringTest {

    private static final ParameterSource REAL = ParameterSource.load(Engine.CONTENT);

    /** The real parameters with one changed or left out. */
    private record Altered(String id, Parameter replacement) implements ParameterSource {
        @Override
        public List<Parameter> all() {
            return REAL.all();
        }

        @Override
        public Parameter parameter(String wanted) {
            if (wanted.equals(id)) {
                if (replacement == null) {
                    throw new IllegalArgumentException("no parameter '" + id + "'");
                }
                return replacement;
            }
            return REAL.parameter(wanted);
        }

        @Override
        public List<LocalDate> changeDates() {
            return REAL.changeDates();
        }
    }

    /** As Spring starts it: made, then readied once every bean is made. */
    private static EligibilityService service(ParameterSource parameters) {
        EligibilityService service = new EligibilityService(parameters, new SchemeCatalogue(Engine.CONTENT),
                new KindpakketCatalogue(Engine.CONTENT), new nl.waarhebikrechtop.content.ReasonTexts(Engine.CONTENT));
        service.afterSingletonsInstantiated();
        return service;
    }

    @Test
    void a_missing_parameter_stops_the_start() {
        assertThatThrownBy(() -> service(new Altered("bijstand.norm.single", null)))
                .hasMessageContaining("bijstand.norm.single");
    }

    @Test
    void a_parameter_with_another_unit_than_the_rule_expects_stops_the_start() {
        Parameter norm = REAL.parameter("bijstand.norm.single");
        Parameter yearly = new Parameter(norm.id(), norm.description(), Unit.EUR_PER_YEAR, norm.changes(),
                norm.values(), norm.file());

        assertThatThrownBy(() -> service(new Altered(norm.id(), yearly)))
                .hasMessageContaining("must have unit eur_per_month");
    }

    @Test
    void every_parameter_a_rule_reads_is_reported_with_the_date_it_took_effect() {
        Situation single = new Situation(HomeMunicipality.ASSEN, false, 30, null, List.of(), List.of(), Income.NONE,
                java.math.BigDecimal.ZERO, Answer.NO, Answer.NO, Answer.NO, null, null, Answer.NO);

        SchemeResult bijstand = Engine.SERVICE.evaluate(single, LocalDate.of(2025, 9, 1)).result("bijstand");

        assertThat(bijstand.parametersUsed()).contains(
                new ParameterUse("bijstand.norm.single", LocalDate.of(2025, 7, 1), true),
                new ParameterUse("bijstand.vermogen.single", LocalDate.of(2025, 1, 1), false));
        assertThat(bijstand.unconfirmedParameters()).contains("bijstand.vermogen.single")
                .doesNotContain("bijstand.norm.single");
        assertThat(bijstand.subjectToConfirmation()).isTrue();
    }
}
