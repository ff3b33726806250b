package nl.waarhebikrechtop.account.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import nl.waarhebikrechtop.account.internal.LoginService;
import nl.waarhebikrechtop.shared.ui.MainLayout;
import nl.waarhebikrechtop.shared.ui.PageHeading;
import nl.waarhebikrechtop.shared.ui.PortalRoutes;

/**
 * Login for staff. Residents never need it; the text says so. The error is announced (role alert) right above
 * the fields and does not say whether the username or the password was wrong.
 */
@Route(value = LoginView.PATH, layout = MainLayout.class)
@AnonymousAllowed
class LoginView extends Div implements HasDynamicTitle, BeforeEnterObserver {

    static final String PATH = "login";

    private final LoginService loginService;
    private final AuthenticationContext authentication;
    private final TextField username = new TextField();
    private final PasswordField password = new PasswordField();
    private final Paragraph error = new Paragraph();

    LoginView(LoginService loginService, AuthenticationContext authentication) {
        this.loginService = loginService;
        this.authentication = authentication;
        addClassName("login-view");
        username.setLabel(getTranslation("login.username"));
        username.setAutocomplete(Autocomplete.USERNAME);
        username.setRequiredIndicatorVisible(true);
        password.setLabel(getTranslation("login.password"));
        password.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
        password.setRequiredIndicatorVisible(true);
        error.addClassName("form-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        Button submit = new Button(getTranslation("login.submit"), e -> submit());
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickShortcut(Key.ENTER);
        Div form = new Div(error, username, password, submit);
        form.addClassName("login-form");
        add(new PageHeading(getTranslation("login.title")), new Paragraph(getTranslation("login.intro")),
                PortalRoutes.link(PortalRoutes.HOME, getTranslation("login.residents")), form);
    }

    private void submit() {
        String target = LoginTarget.remembered();
        LoginService.Result result = loginService.login(username.getValue(), password.getValue());
        if (result == LoginService.Result.SIGNED_IN) {
            UI.getCurrent().navigate(target);
        } else {
            password.clear();
            error.setText(getTranslation(result == LoginService.Result.TOO_MANY_ATTEMPTS
                    ? "login.blocked" : "login.failed"));
            error.setVisible(true);
            username.focus();
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.isAuthenticated()) {
            event.forwardTo(PortalRoutes.HOME);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("login.title"));
    }
}
