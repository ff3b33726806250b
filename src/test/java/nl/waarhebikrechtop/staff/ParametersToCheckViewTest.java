package nl.waarhebikrechtop.staff;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import nl.waarhebikrechtop.KaribuTest;
import nl.waarhebikrechtop.account.Role;
import nl.waarhebikrechtop.account.SignIn;
import nl.waarhebikrechtop.content.ChangeFrequency;
import nl.waarhebikrechtop.content.ContentHealth;
import nl.waarhebikrechtop.content.ContentHealth.ParameterStatus;
import nl.waarhebikrechtop.shared.ui.PortalRoutes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class ParametersToCheckViewTest extends KaribuTest {

    @Autowired ContentHealth health;
    @Autowired Clock clock;

    @Test
    void an_editor_sees_the_stale_and_unconfirmed_amounts_and_every_amount_with_a_new_value_action() {
        SignIn.as("editor-params", Role.EDITOR);
        navigate(PortalRoutes.STAFF_PARAMETERS);

        assertThat(_get(H1.class).getText()).isEqualTo("Bedragen en regels om te controleren");
        List<Grid> grids = _find(Grid.class);
        assertThat(grids).hasSize(3);
        LocalDate today = LocalDate.now(clock);
        assertThat(_size(grids.get(0))).isEqualTo(health.staleParameters(today).size());
        assertThat(_size(grids.get(1))).isEqualTo(health.unconfirmedParameters(today).size()).isPositive();
        ParameterStatus first = (ParameterStatus) _get(grids.get(1), 0);
        assertThat(first.file()).endsWith(".yaml");
        assertThat(first.line()).as("published from the database, not read from a line of the file").isZero();
        assertThat(_size(grids.get(2))).isEqualTo(health.allParameters(today).size()).isGreaterThan(40);
        Anchor newValue = (Anchor) _getCellComponent(grids.get(2), 0, ParametersToCheckView.NEW_VALUE);
        assertThat(newValue.getHref()).isEqualTo("beheer/bedragen/" + ((ParameterStatus) _get(grids.get(2), 0)).id()
                + "/nieuw");
    }

    @Test
    void a_caseworker_sees_the_lists_without_the_editors_action() {
        SignIn.as("caseworker-params", Role.CASEWORKER);
        navigate(PortalRoutes.STAFF_PARAMETERS);

        Grid<?> all = _find(Grid.class).get(2);
        assertThat(all.getColumnByKey(ParametersToCheckView.NEW_VALUE)).isNull();
    }

    @Test
    void each_row_links_the_page_that_states_the_value_and_says_when_it_was_checked_and_why_it_is_listed() {
        SignIn.as("editor-params", Role.EDITOR);
        navigate(PortalRoutes.STAFF_PARAMETERS);
        LocalDate today = LocalDate.now(clock);
        Grid<?> unconfirmed = _find(Grid.class).get(1);
        int row = rowOf(health.unconfirmedParameters(today), "bijstand.norm.single");
        ParameterStatus norm = health.unconfirmedParameters(today).get(row);

        Anchor source = (Anchor) _getCellComponent(unconfirmed, row, ParametersToCheckView.SOURCE);
        assertThat(source.getHref()).isEqualTo(norm.source());
        assertThat(source.getText()).isEqualTo(URI.create(norm.source()).getHost().replaceFirst("^www\\.", ""));
        assertThat(source.getElement().getAttribute("aria-label")).startsWith(source.getText())
                .contains("bijstand.norm.single");
        assertThat(_getFormatted(unconfirmed, row, ParametersToCheckView.LAST_CHECKED))
                .isEqualTo("nooit gecontroleerd");
        assertThat(_getFormatted(unconfirmed, row, ParametersToCheckView.REASON))
                .startsWith("Niet bevestigd. ").contains("carried over");
    }

    @Test
    void a_stale_row_names_the_change_date_it_missed() {
        SignIn.as("editor-params", Role.EDITOR);
        navigate(PortalRoutes.STAFF_PARAMETERS);
        ParametersToCheckView view = _get(ParametersToCheckView.class);
        ParameterStatus stale = new ParameterStatus("bijstand.norm.single", "Norm",
                ChangeFrequency.HALF_YEARLY, "bijstand.yaml", 17,
                LocalDate.of(2026, 1, 1), BigDecimal.ONE, "https://example.org/norms",
                LocalDate.of(2026, 12, 1), null, LocalDate.of(2026, 7, 1), true);

        assertThat(view.reason(stale)).isEqualTo("Verouderd sinds 1 juli 2026: geen nieuwe waarde na 1 januari 2026 "
                + "(wijzigt elk halfjaar: 1 januari en 1 juli)");
        assertThat(view.lastChecked(stale)).isEqualTo("1 december 2026");
    }

    @Test
    void a_resident_cannot_see_the_list() {
        navigate(PortalRoutes.STAFF_PARAMETERS);

        assertThat(_get(H1.class).getText()).isEqualTo(translate("login.title"));
    }

    private static int rowOf(List<ParameterStatus> statuses, String id) {
        for (int i = 0; i < statuses.size(); i++) {
            if (statuses.get(i).id().equals(id)) {
                return i;
            }
        }
        throw new AssertionError(id + " is not listed");
    }
}
