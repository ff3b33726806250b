package nl.waarhebikrechtop.account;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinSession;
import nl.waarhebikrechtop.KaribuTest;
import nl.waarhebikrechtop.account.internal.AccountStore;
import nl.waarhebikrechtop.shared.i18n.MessagesI18nProvider;
import nl.waarhebikrechtop.shared.ui.PortalRoutes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.savedrequest.SimpleSavedRequest;

import java.time.Instant;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class LoginViewTest extends KaribuTest {

    private static final String PASSWORD = "correct-horse-battery";

    @Autowired AccountStore accounts;
    @Autowired PasswordEncoder encoder;
    @Autowired AuditLog audit;

    @BeforeEach
    void createAccount() {
        accounts.save("login-test", "Test klantmanager", encoder.encode(PASSWORD), Set.of(Role.CASEWORKER),
                Instant.now());
    }

    @Test
    void the_login_page_has_a_title_one_heading_and_labelled_fields() {
        navigate("login");

        assertThat(_find(H1.class)).hasSize(1);
        assertThat(_get(H1.class).getText()).isEqualTo("Inloggen voor medewerkers");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Inloggen voor medewerkers - Waar heb ik recht op?");
        _get(TextField.class, spec -> spec.withLabel("Gebruikersnaam"));
        _get(PasswordField.class, spec -> spec.withLabel("Wachtwoord"));
        assertThat(_find(Paragraph.class, spec -> spec.withText(translate("login.failed")))).isEmpty();
    }

    @Test
    void a_wrong_password_says_so_next_to_the_form_and_keeps_the_user_out() {
        navigate("login");
        logIn("login-test", "wrong password");

        Paragraph error = _get(Paragraph.class, spec -> spec.withText(
                "Inloggen lukt niet. De gebruikersnaam of het wachtwoord klopt niet. Probeer het opnieuw."));
        assertThat(error.getElement().getAttribute("role")).isEqualTo("alert");
        assertThat(_get(PasswordField.class).getValue()).isEmpty();
        assertThat(_get(H1.class).getText()).isEqualTo("Inloggen voor medewerkers");
        assertThat(audit.forSubject("account:login-test")).extracting(AuditEntry::action).contains("login.failed");
    }

    @Test
    void after_five_wrong_passwords_even_the_right_one_is_refused_for_a_while() {
        accounts.save("blocked-test", "Geblokkeerd", encoder.encode(PASSWORD), Set.of(Role.CASEWORKER),
                Instant.now());
        navigate("login");
        for (int i = 0; i < 5; i++) {
            logIn("blocked-test", "guess " + i);
        }

        logIn("blocked-test", PASSWORD);

        _get(Paragraph.class, spec -> spec.withText(
                "U heeft te vaak een verkeerd wachtwoord ingevuld. Wacht een kwartier en probeer het dan opnieuw."));
        assertThat(_get(H1.class).getText()).isEqualTo("Inloggen voor medewerkers");
        assertThat(audit.forSubject("account:blocked-test")).extracting(AuditEntry::action).contains("login.blocked");
    }

    @Test
    void the_error_is_english_in_english() {
        useLanguage(MessagesI18nProvider.ENGLISH);
        navigate("login");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Username")), "nobody");
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Password")), "nothing");
        _click(_get(Button.class, spec -> spec.withText("Log in")));

        _get(Paragraph.class, spec -> spec.withText(
                "Logging in did not work. The username or the password is not correct. Please try again."));
    }

    @Test
    void the_right_password_signs_in_and_goes_to_the_start_page_with_the_name_in_the_header() {
        navigate("login");
        logIn("login-test", PASSWORD);

        assertThat(_get(H1.class).getText()).isEqualTo("Krijgt u geld of hulp waar u recht op heeft?");
        _get(Span.class, spec -> spec.withText("Ingelogd als Test klantmanager"));
        _get(Button.class, spec -> spec.withText("Uitloggen"));
        assertThat(audit.forSubject("account:login-test")).extracting(AuditEntry::action).contains("login.succeeded");
    }

    @Test
    void after_signing_in_the_user_returns_to_the_staff_page_that_asked_for_it() {
        navigate(PortalRoutes.STAFF_MAIL);
        assertThat(_get(H1.class).getText()).isEqualTo("Inloggen voor medewerkers");
        // Karibu's fake request does not see the login (the real request wrapper reads Spring Security's context).
        fakeRequestSignedInAs(() -> "login-test");

        logIn("login-test", PASSWORD);

        assertThat(_get(H1.class).getText()).isEqualTo("Mail van de website");
    }

    @Test
    void a_staff_page_opened_by_its_address_is_shown_after_signing_in() {
        // Spring Security remembers a bookmarked address it sent to the login page.
        VaadinSession.getCurrent().getSession().setAttribute("SPRING_SECURITY_SAVED_REQUEST",
                new SimpleSavedRequest("http://localhost/beheer/mail?continue"));
        navigate("login");
        fakeRequestSignedInAs(() -> "login-test");

        logIn("login-test", PASSWORD);

        assertThat(_get(H1.class).getText()).isEqualTo("Mail van de website");
    }

    @Test
    void residents_see_no_staff_controls_in_the_header() {
        navigate(PortalRoutes.HOME);

        assertThat(_find(Button.class, spec -> spec.withText("Uitloggen"))).isEmpty();
        assertThat(_find(Span.class, spec -> spec.withText("Ingelogd als"))).isEmpty();
    }

    private static void logIn(String username, String password) {
        _setValue(_get(TextField.class, spec -> spec.withLabel("Gebruikersnaam")), username);
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Wachtwoord")), password);
        _click(_get(Button.class, spec -> spec.withText("Inloggen")));
    }
}
