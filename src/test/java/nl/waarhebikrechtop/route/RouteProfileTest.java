package nl.waarhebikrechtop.route;

import nl.waarhebikrechtop.content.ContentProperties;
import nl.waarhebikrechtop.content.KindpakketCatalogue;
import nl.waarhebikrechtop.content.ParameterSource;
import nl.waarhebikrechtop.content.SchemeCatalogue;
import nl.waarhebikrechtop.eligibility.Answer;
import nl.waarhebikrechtop.eligibility.EligibilityService;
import nl.waarhebikrechtop.eligibility.HomeMunicipality;
import nl.waarhebikrechtop.eligibility.Income;
import nl.waarhebikrechtop.eligibility.Relation;
import nl.waarhebikrechtop.eligibility.Situation;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RouteProfileTest {

    private static final ContentProperties CONTENT = new ContentProperties(Path.of("content"));
    private static final EligibilityService ELIGIBILITY = new EligibilityService(ParameterSource.load(CONTENT),
            new SchemeCatalogue(CONTENT), new KindpakketCatalogue(CONTENT),
            new nl.waarhebikrechtop.content.ReasonTexts(CONTENT));

    /** bijstand.zoektermijn.age in content/parameters/bijstand.yaml. */
    private static final int SEARCH_PERIOD_AGE = 27;

    @Test
    void the_search_period_applies_up_to_and_including_age_26() {
        assertThat(RouteProfile.fromHousehold(26, SEARCH_PERIOD_AGE, 0, false, false, false, 0, null).under27()).isTrue();
        assertThat(RouteProfile.fromHousehold(27, SEARCH_PERIOD_AGE, 0, false, false, false, 0, null).under27()).isFalse();
    }

    @Test
    void the_household_facts_become_the_matching_situations() {
        RouteProfile profile = RouteProfile.fromHousehold(40, SEARCH_PERIOD_AGE, 2, true, true, true, 1, null);

        assertThat(profile.tags()).containsExactlyInAnyOrder(RouteTag.HOUSEMATES, RouteTag.BOARDER, RouteTag.MOVING,
                RouteTag.DEBTS, RouteTag.CHILDREN);
        assertThat(RouteProfile.fromHousehold(40, SEARCH_PERIOD_AGE, 0, false, false, false, 0, null).tags()).isEmpty();
    }

    @Test
    void cost_sharing_figures_only_come_with_housemates_and_at_least_two_people() {
        RouteProfile.CostSharing figures = new RouteProfile.CostSharing(2, new BigDecimal("50"), null);

        assertThatThrownBy(() -> RouteProfile.fromHousehold(40, SEARCH_PERIOD_AGE, 0, false, false, false, 0, figures))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RouteProfile.CostSharing(1, new BigDecimal("70"), null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(RouteProfile.of(RouteTag.CHILDREN).withCostSharing(figures).tags())
                .containsExactlyInAnyOrder(RouteTag.CHILDREN, RouteTag.HOUSEMATES);
    }

    @Test
    void a_housemate_under_27_is_no_cost_sharer_in_the_walkthrough() {
        // Before: the check counted every housemate who could share costs, whatever the age, so a 30-year-old with a
        // housemate of 20 was told the kostendelersnorm applied. The rules count from age 27 (art. 22a).
        RouteProfile young = profile(List.of(new Situation.Housemate(20, Relation.FRIEND)));
        RouteProfile older = profile(List.of(new Situation.Housemate(27, Relation.FRIEND)));
        RouteProfile host = profile(List.of(new Situation.Housemate(50, Relation.COMMERCIAL_LANDLORD_OR_HOST)));

        assertThat(young.housemates()).isFalse();
        assertThat(older.housemates()).isTrue();
        assertThat(host.tags()).containsExactly(RouteTag.BOARDER);
        assertThat(young.under27()).isFalse();
    }

    private static RouteProfile profile(List<Situation.Housemate> housemates) {
        Situation situation = new Situation(HomeMunicipality.ASSEN, false, 30, null, List.of(), housemates,
                Income.NONE, BigDecimal.ZERO, Answer.NO, Answer.NO, Answer.NO, null, null, Answer.NO);
        return RouteProfile.from(situation, ELIGIBILITY.evaluate(situation, LocalDate.of(2025, 9, 1)).household());
    }
}
