package nl.waarhebikrechtop.route;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RouteProfileTest {

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
}
