package nl.waarhebikrechtop.account;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import nl.waarhebikrechtop.KaribuTest;
import nl.waarhebikrechtop.shared.ui.PortalRoutes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Who may open which page: residents everything public, staff pages by role. */
class AccessRulesTest extends KaribuTest {

    private static final String LOGIN_HEADING = "Inloggen voor medewerkers";

    @Test
    void anonymous_visitors_are_sent_to_the_login_page_for_the_mail_outbox() {
        navigate(PortalRoutes.STAFF_MAIL);

        assertThat(_get(H1.class).getText()).isEqualTo(LOGIN_HEADING);
        assertThat(_find(Grid.class)).isEmpty();
    }

    @Test
    void a_caseworker_can_open_the_mail_outbox() {
        SignIn.as("caseworker-test", Role.CASEWORKER);

        navigate(PortalRoutes.STAFF_MAIL);

        assertThat(_get(H1.class).getText()).isEqualTo("Mail van de website");
        _get(Grid.class);
    }

    @Test
    void an_admin_can_open_the_mail_outbox() {
        SignIn.as("admin-test", Role.ADMIN);

        navigate(PortalRoutes.STAFF_MAIL);

        _get(Grid.class);
    }

    @Test
    void an_editor_cannot_open_the_mail_outbox() {
        SignIn.as("editor-test", Role.EDITOR);

        assertThatThrownBy(() -> navigate(PortalRoutes.STAFF_MAIL)).hasMessageContaining("Access is denied");
        assertThat(_find(Grid.class)).isEmpty();
    }

    @ParameterizedTest(name = "/{0} needs no login")
    @ValueSource(strings = {"", "check", "aanvragen", "route", "privacy", "toegankelijkheid", "contact", "login"})
    void resident_pages_need_no_login(String path) {
        navigate(path);

        assertThat(_get(H1.class).getText()).isNotEqualTo(path.equals("login") ? "" : LOGIN_HEADING);
    }
}
