package nl.waarhebikrechtop;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Route;
import io.github.classgraph.ClassGraph;
import io.github.classgraph.ScanResult;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import com.github.mvysny.fakeservlet.FakeRequest;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestWrapper;
import kotlin.jvm.functions.Function0;
import nl.waarhebikrechtop.shared.i18n.MessagesI18nProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.Locale;

/**
 * Base for browserless UI tests: a real Spring context and a mocked Vaadin environment in which views are
 * navigated to, filled in and clicked as a resident would, without a browser.
 */
@SpringBootTest
public abstract class KaribuTest {

    private static final String BASE_PACKAGE = "nl.waarhebikrechtop";
    private static Routes routes;

    @Autowired
    protected ApplicationContext context;

    @BeforeAll
    static void discoverRoutes() {
        if (routes == null) {
            routes = new Routes().autoDiscoverViews(BASE_PACKAGE);
            // Karibu's discovery sees public classes only; our views are package-private by design.
            try (ScanResult scan = new ClassGraph().enableAnnotationInfo().ignoreClassVisibility()
                    .acceptPackages(BASE_PACKAGE).scan()) {
                scan.getClassesWithAnnotation(Route.class).loadClasses(Component.class)
                        .forEach(routes.getRoutes()::add);
            }
        }
    }

    @BeforeEach
    void setUpVaadin() {
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(routes, context, uiFactory));
        answerRoleChecksFromSpringSecurity();
        useLanguage(MessagesI18nProvider.DUTCH);
    }

    /** Signs out too, so that the next test starts as an anonymous resident. */
    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    /**
     * Vaadin asks the servlet request whether the user is in a role ({@code @RolesAllowed}); Karibu's fake request
     * says no unless it has a principal and is told how. Let it answer from Spring Security's context, as the real
     * request wrapper does; {@link #fakeRequestSignedInAs} gives it the principal (see {@code account.SignIn}).
     */
    private static void answerRoleChecksFromSpringSecurity() {
        fakeRequest().setUserInRole((principal, role) -> {
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            return authentication != null && authentication.getAuthorities().stream()
                    .anyMatch(authority -> authority.getAuthority().equals("ROLE_" + role));
        });
    }

    /** Makes Karibu's fake request carry a signed-in user, as Spring Security's request wrapper does after login. */
    public static void fakeRequestSignedInAs(java.security.Principal principal) {
        fakeRequest().setUserPrincipalInt(principal);
    }

    private static FakeRequest fakeRequest() {
        ServletRequest request = ((VaadinServletRequest) VaadinRequest.getCurrent()).getRequest();
        while (request instanceof ServletRequestWrapper wrapper) {
            request = wrapper.getRequest();
        }
        return (FakeRequest) request;
    }

    /** Switches session and UI to a language and rebuilds the page, as the header's language switch does. */
    protected static void useLanguage(Locale locale) {
        VaadinSession.getCurrent().setLocale(locale);
        UI.getCurrent().setLocale(locale);
        UI.getCurrent().refreshCurrentRoute(true);
    }

    protected static void navigate(String path) {
        UI.getCurrent().navigate(path);
    }

    protected static String translate(String key, Object... params) {
        return UI.getCurrent().getTranslation(key, params);
    }
}
