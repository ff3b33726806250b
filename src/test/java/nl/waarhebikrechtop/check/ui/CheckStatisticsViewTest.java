package nl.waarhebikrechtop.check.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import nl.waarhebikrechtop.KaribuTest;
import nl.waarhebikrechtop.account.Role;
import nl.waarhebikrechtop.account.SignIn;
import nl.waarhebikrechtop.check.AnonymousCounters;
import nl.waarhebikrechtop.shared.ui.PortalRoutes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import java.util.Map;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** Staff see anonymous counts of completed checks and verdicts; residents cannot open the page. */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:check-stats;DB_CLOSE_DELAY=-1")
class CheckStatisticsViewTest extends KaribuTest {

    @Autowired JdbcClient jdbc;

    @Test
    void a_completed_check_is_counted_once_with_a_verdict_per_scheme_and_staff_see_it() {
        jdbc.sql("DELETE FROM anonymous_counter").update();
        navigate(PortalRoutes.CHECK);
        CheckJourney check = new CheckJourney();
        check.choose("In welke gemeente woont u?", "Assen").next()
                .type("Hoe oud bent u?", "30").choose("Bent u getrouwd of woont u samen?", "Nee").next()
                .type("Hoeveel kinderen wonen er bij u?", "0").next()
                .type("Hoeveel andere volwassenen wonen er bij u?", "0").next()
                .type("Loon of winst uit werk", "0").type("Uitkering of pensioen", "1000")
                .type("Alimentatie voor uzelf", "0").type("Ander inkomen", "0").next()
                .type("Hoeveel spaargeld en bezit heeft u samen?", "0").choose("Heeft u een eigen huis?", "Nee").next()
                .choose("Heeft u schulden?", "Nee").next()
                .choose("Krijgt u nu bijstand?", "Nee").dontKnow(1).next()
                .tick("Ik betaal geen huur").next().click("Bekijk de uitkomst");
        navigate(CheckView.RESULTS); // a reload of the results does not count again

        SignIn.as("editor-stats", Role.EDITOR);
        navigate(PortalRoutes.STAFF_STATISTICS);

        assertThat(_get(H1.class).getText()).isEqualTo("Statistiek van de check");
        _get(Paragraph.class, s -> s.withText("Checks afgemaakt in deze periode: 1"));
        Grid<?> grid = _get(Grid.class);
        assertThat(_size(grid)).isGreaterThan(5);
    }

    @Test
    void a_resident_is_sent_to_the_login_page() {
        navigate(PortalRoutes.STAFF_STATISTICS);

        assertThat(_get(H1.class).getText()).isNotEqualTo("Statistiek van de check")
                .isEqualTo(translate("login.title"));
    }

    @Test
    void rows_add_up_the_verdicts_per_scheme() {
        var rows = CheckStatisticsView.rows(Map.of(AnonymousCounters.COMPLETED, 3L,
                "verdict.bijstand.likely", 2L, "verdict.bijstand.unlikely", 1L, "verdict.kindpakket.maybe", 3L));

        assertThat(rows).containsExactly(new CheckStatisticsView.Row("bijstand", 2, 0, 1),
                new CheckStatisticsView.Row("kindpakket", 0, 3, 0));
    }

    @Test
    void counters_hold_no_personal_data_only_dates_names_and_numbers() {
        assertThat(jdbc.sql("SELECT column_name FROM information_schema.columns WHERE LOWER(table_name) = 'anonymous_counter'")
                .query(String.class).list()).extracting(String::toLowerCase)
                .containsExactlyInAnyOrder("count_date", "counter_name", "occurrences");
    }
}
