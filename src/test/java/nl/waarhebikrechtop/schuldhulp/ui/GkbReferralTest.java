package nl.waarhebikrechtop.schuldhulp.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import nl.waarhebikrechtop.KaribuTest;
import nl.waarhebikrechtop.TestClock;
import nl.waarhebikrechtop.account.AuditLog;
import nl.waarhebikrechtop.account.Role;
import nl.waarhebikrechtop.account.SignIn;
import nl.waarhebikrechtop.schuldhulp.GkbReferral;
import nl.waarhebikrechtop.schuldhulp.GkbReferralService;
import nl.waarhebikrechtop.shared.ui.PortalRoutes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** A resident asks the GKB to call (only with consent); a caseworker sees it with the visit target. */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:gkb;DB_CLOSE_DELAY=-1")
@Import(TestClock.Config.class)
class GkbReferralTest extends KaribuTest {

    @Autowired JdbcClient jdbc;
    @Autowired GkbReferralService service;
    @Autowired AuditLog audit;
    @Autowired TestClock clock;

    @BeforeEach
    void empty() {
        clock.set(Instant.parse("2026-03-02T09:00:00Z"));
        jdbc.sql("DELETE FROM gkb_referral").update();
    }

    @Test
    void without_consent_nothing_is_passed_on_and_each_field_says_what_is_wrong() {
        navigate(PortalRoutes.DEBT_HELP);
        _setValue(_get(TextField.class, s -> s.withLabel("Uw telefoonnummer")), "12345");
        _click(_get(Button.class, s -> s.withText("Meld mij aan bij de GKB")));

        assertThat(_get(TextField.class, s -> s.withLabel("Uw naam")).getErrorMessage()).isEqualTo("Vul uw naam in.");
        assertThat(_get(TextField.class, s -> s.withLabel("Uw telefoonnummer")).getErrorMessage())
                .startsWith("Dit is geen Nederlands telefoonnummer.");
        assertThat(_get(Checkbox.class).isInvalid()).isTrue();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM gkb_referral").query(Long.class).single()).isZero();
        assertThatThrownBy(() -> service.refer("A", "0612345678", GkbReferral.PreferredTime.ANY, false))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_referral_with_consent_reaches_the_caseworker_list_and_looking_at_it_is_logged() {
        navigate(PortalRoutes.DEBT_HELP);
        _setValue(_get(TextField.class, s -> s.withLabel("Uw naam")), "Jan de Vries");
        _setValue(_get(TextField.class, s -> s.withLabel("Uw telefoonnummer")), "06 1234 5678");
        _setValue(_get(Checkbox.class), true);
        _click(_get(Button.class, s -> s.withText("Meld mij aan bij de GKB")));
        _get(Paragraph.class, s -> s.withPredicate(p -> p.getText().startsWith("Dank u. De GKB neemt contact met u op.")));

        SignIn.as("caseworker-gkb", Role.CASEWORKER);
        navigate(PortalRoutes.STAFF_GKB);

        assertThat(_get(H1.class).getText()).isEqualTo("Aanmeldingen voor de GKB");
        Grid<GkbReferral> grid = _get(Grid.class);
        assertThat(_size(grid)).isEqualTo(1);
        GkbReferral referral = _get(grid, 0);
        assertThat(referral.phone()).isEqualTo("0612345678");
        assertThat(service.workingDaysLeft(referral)).isEqualTo(GkbReferralService.VISIT_WITHIN_WORKING_DAYS);
        assertThat(audit.recent(5)).anySatisfy(entry -> assertThat(entry.toString())
                .contains("caseworker-gkb").contains("gkb-referrals"));

        _click((Button) com.github.mvysny.kaributesting.v10.GridKt._getCellComponent(grid, 0, "status"));
        assertThat(_get(grid, 0).status()).isEqualTo(GkbReferral.Status.CONTACTED);
    }

    @Test
    void the_moment_of_a_referral_is_stored_in_utc_so_it_does_not_depend_on_the_servers_time_zone() {
        GkbReferral made = service.refer("Jan de Vries", "0612345678", GkbReferral.PreferredTime.ANY, true);

        LocalDateTime stored = jdbc.sql("SELECT created_at FROM gkb_referral WHERE id = ?").param(made.id().toString())
                .query(LocalDateTime.class).single();
        assertThat(stored).isCloseTo(LocalDateTime.ofInstant(made.createdAt(), ZoneOffset.UTC),
                within(1, ChronoUnit.MILLIS));
        assertThat(service.list("caseworker-gkb").getFirst().createdAt())
                .isCloseTo(made.createdAt(), within(1, ChronoUnit.MILLIS));
    }

    @Test
    void a_referral_just_before_christmas_gets_a_visit_date_past_christmas_and_new_year() {
        // Wednesday 23 December 2026, 11:00 in Assen: seven working days are 24, 28, 29, 30 and 31 December,
        // 4 and 5 January (25 December and 1 January are public holidays, 26 December is a Saturday)
        clock.set(Instant.parse("2026-12-23T10:00:00Z"));

        GkbReferral referral = service.refer("Jan de Vries", "0612345678", GkbReferral.PreferredTime.ANY, true);

        assertThat(referral.visitDue()).isEqualTo(LocalDate.of(2027, 1, 5));
        assertThat(service.workingDaysLeft(referral)).isEqualTo(GkbReferralService.VISIT_WITHIN_WORKING_DAYS);
        clock.set(Instant.parse("2026-12-28T08:00:00Z"));
        assertThat(service.workingDaysLeft(referral)).as("29, 30, 31 December, 4 and 5 January").isEqualTo(5);
    }

    @Test
    void a_referral_after_midnight_dutch_time_counts_from_the_dutch_date() {
        // 23:30 UTC on 23 December is 00:30 on Thursday 24 December in Assen: 28, 29, 30, 31 December, 4, 5, 6 January
        clock.set(Instant.parse("2026-12-23T23:30:00Z"));

        GkbReferral referral = service.refer("Jan de Vries", "0612345678", GkbReferral.PreferredTime.ANY, true);

        assertThat(referral.visitDue()).isEqualTo(LocalDate.of(2027, 1, 6));
    }

    @Test
    void a_resident_cannot_open_the_list() {
        navigate(PortalRoutes.STAFF_GKB);
        assertThat(_get(H1.class).getText()).isEqualTo(translate("login.title"));
    }
}
