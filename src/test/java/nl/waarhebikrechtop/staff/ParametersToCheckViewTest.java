package nl.waarhebikrechtop.staff;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import nl.waarhebikrechtop.KaribuTest;
import nl.waarhebikrechtop.account.Role;
import nl.waarhebikrechtop.account.SignIn;
import nl.waarhebikrechtop.content.ContentHealth;
import nl.waarhebikrechtop.shared.ui.PortalRoutes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class ParametersToCheckViewTest extends KaribuTest {

    @Autowired ContentHealth health;
    @Autowired Clock clock;

    @Test
    void an_editor_sees_the_stale_and_unconfirmed_amounts_with_file_and_line() {
        SignIn.as("editor-params", Role.EDITOR);
        navigate(PortalRoutes.STAFF_PARAMETERS);

        assertThat(_get(H1.class).getText()).isEqualTo("Bedragen en regels om te controleren");
        List<Grid> grids = _find(Grid.class);
        assertThat(grids).hasSize(2);
        LocalDate today = LocalDate.now(clock);
        assertThat(_size(grids.get(0))).isEqualTo(health.staleParameters(today).size());
        assertThat(_size(grids.get(1))).isEqualTo(health.unconfirmedParameters(today).size()).isPositive();
        ContentHealth.ParameterStatus first = (ContentHealth.ParameterStatus) _get(grids.get(1), 0);
        assertThat(first.file()).endsWith(".yaml");
        assertThat(first.line()).isPositive();
    }

    @Test
    void a_resident_cannot_see_the_list() {
        navigate(PortalRoutes.STAFF_PARAMETERS);

        assertThat(_get(H1.class).getText()).isEqualTo(translate("login.title"));
    }
}
