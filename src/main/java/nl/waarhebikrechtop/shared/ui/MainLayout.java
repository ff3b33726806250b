package nl.waarhebikrechtop.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import nl.waarhebikrechtop.content.ContentService;
import nl.waarhebikrechtop.content.Municipality;
import nl.waarhebikrechtop.shared.i18n.LanguageSetup;
import nl.waarhebikrechtop.shared.i18n.MessagesI18nProvider;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The frame around every page: a skip link, the municipality's header with the language switch, the main
 * navigation, the page itself in {@code <main>}, and a footer with privacy, accessibility and contact.
 */
@AnonymousAllowed // Vaadin 25 checks layouts too: the frame must be open to whoever may see the page in it.
public class MainLayout extends Div implements RouterLayout, AfterNavigationObserver {

    public static final String MAIN_ID = "inhoud";

    private static final String NAV_ID = "hoofdmenu";

    private final Main main = new Main();
    private final Button menu = new Button(getTranslation("layout.menu"));
    private Nav mainNav;
    private final Map<String, Anchor> navLinks = new LinkedHashMap<>();
    private final AuthenticationContext authentication;
    private final Div headerBar = new Div();
    private final Div signedInUser = new Div();

    public MainLayout(ContentService content, AuthenticationContext authentication) {
        this.authentication = authentication;
        addClassName("portal");
        Municipality municipality = content.municipality();
        Anchor skip = new Anchor("#" + MAIN_ID, getTranslation("layout.skipToContent"));
        skip.addClassName("skip-link");
        main.setId(MAIN_ID);
        main.getElement().setAttribute("tabindex", "-1");
        add(skip, header(municipality), main, footer(municipality));
    }

    private Header header(Municipality municipality) {
        Image logo = new Image("media/" + municipality.logo(), "");
        logo.addClassName("portal-logo");
        Anchor home = PortalRoutes.link(PortalRoutes.HOME, "");
        home.addClassName("portal-brand");
        home.getElement().setAttribute("aria-label", getTranslation("layout.homeLink", municipality.name()));
        Span title = new Span(getTranslation("app.title"));
        title.addClassName("portal-title");
        Span owner = new Span(municipality.name());
        owner.addClassName("portal-owner");
        Div names = new Div(title, owner);
        home.add(logo, names);

        Locale other = isEnglish() ? MessagesI18nProvider.DUTCH : MessagesI18nProvider.ENGLISH;
        Button language = new Button(getTranslation("layout.otherLanguage"),
                e -> LanguageSetup.switchTo(UI.getCurrent(), other));
        language.addClassName("language-switch");
        language.getElement().setAttribute("lang", other.getLanguage());
        language.getElement().setAttribute("aria-label", getTranslation("layout.otherLanguage.label"));

        Nav nav = navigation();
        // On a phone the menu folds away behind a button, so the page itself starts at the top of the screen.
        menu.addClassName("menu-toggle");
        menu.getElement().setAttribute("aria-expanded", "false");
        menu.getElement().setAttribute("aria-controls", NAV_ID);
        menu.addClickListener(e -> showMenu(!nav.hasClassName("open")));
        Div tools = new Div(menu, language);
        tools.addClassName("portal-header-tools");
        headerBar.add(home, tools);
        headerBar.addClassName("portal-header-bar");
        signedInUser.addClassName("portal-user");
        Header header = new Header(headerBar, nav);
        header.addClassName("portal-header");
        return header;
    }

    private Nav navigation() {
        UnorderedList list = new UnorderedList();
        for (PortalRoutes.NavItem item : PortalRoutes.MAIN_NAVIGATION) {
            Anchor link = PortalRoutes.link(item.path(), getTranslation(item.labelKey()));
            navLinks.put(item.path(), link);
            list.add(new ListItem(link));
        }
        Nav nav = new Nav(list);
        nav.setId(NAV_ID);
        nav.addClassName("portal-nav");
        nav.getElement().setAttribute("aria-label", getTranslation("layout.mainNavigation"));
        mainNav = nav;
        return nav;
    }

    private Footer footer(Municipality municipality) {
        UnorderedList links = new UnorderedList();
        for (String slug : ContentService.REQUIRED_PAGES) {
            links.add(new ListItem(PortalRoutes.link(slug, getTranslation("footer." + slug))));
        }
        Nav nav = new Nav(links);
        nav.getElement().setAttribute("aria-label", getTranslation("layout.footerNavigation"));
        Paragraph about = new Paragraph(getTranslation("footer.about", municipality.name(),
                municipality.serviceName()));
        Footer footer = new Footer(nav, about);
        footer.addClassName("portal-footer");
        return footer;
    }

    private boolean isEnglish() {
        return MessagesI18nProvider.ENGLISH.equals(MessagesI18nProvider.supported(getLocale()));
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        main.removeAll();
        if (content != null) {
            main.getElement().appendChild(Objects.requireNonNull(content.getElement()));
        }
    }

    /**
     * Staff who are signed in see their name, a link to the staff pages and a logout button; residents (not
     * signed in) see the header without any of it.
     */
    private void showSignedInUser() {
        signedInUser.removeAll();
        signedInUser.removeFromParent();
        if (!authentication.isAuthenticated()) {
            return;
        }
        String name = authentication.getAuthenticatedUser(Object.class)
                .flatMap(user -> user instanceof HasDisplayName named ? Optional.of(named.displayName()) : Optional.empty())
                .or(authentication::getPrincipalName).orElse("");
        signedInUser.add(new Span(getTranslation("layout.signedInAs", name)));
        if (authentication.hasAnyRole(PortalRoutes.STAFF_ROLES)) {
            signedInUser.add(PortalRoutes.link(PortalRoutes.STAFF_HOME, getTranslation("layout.staffHome")));
        }
        if (authentication.hasAnyRole(PortalRoutes.STAFF_MAIL_ROLES)) {
            signedInUser.add(PortalRoutes.link(PortalRoutes.STAFF_MAIL, getTranslation("layout.staffMail")));
            signedInUser.add(PortalRoutes.link(PortalRoutes.STAFF_APPLICATIONS, getTranslation("layout.staffApplications")));
            signedInUser.add(PortalRoutes.link(PortalRoutes.STAFF_GKB, getTranslation("layout.staffGkb")));
        }
        if (authentication.hasAnyRole(PortalRoutes.STAFF_STATISTICS_ROLES)) {
            signedInUser.add(PortalRoutes.link(PortalRoutes.STAFF_STATISTICS, getTranslation("layout.staffStatistics")));
            signedInUser.add(PortalRoutes.link(PortalRoutes.STAFF_PARAMETERS, getTranslation("layout.staffParameters")));
        }
        if (authentication.hasAnyRole(PortalRoutes.STAFF_PUBLISHING_ROLES)) {
            signedInUser.add(PortalRoutes.link(PortalRoutes.STAFF_PUBLISHING, getTranslation("layout.staffPublishing")));
            signedInUser.add(PortalRoutes.link(PortalRoutes.STAFF_PAGES, getTranslation("layout.staffPages")));
        }
        Button logout = new Button(getTranslation("layout.logout"), e -> authentication.logout());
        logout.addClassName("logout");
        signedInUser.add(logout);
        headerBar.add(signedInUser);
    }

    /** Marks the current section in the navigation for sighted users and for screen readers. */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        showMenu(false);
        showSignedInUser();
        String path = event.getLocation().getFirstSegment();
        navLinks.forEach((target, link) -> {
            if (path.equals(target)) {
                link.getElement().setAttribute("aria-current", "page");
            } else {
                link.getElement().removeAttribute("aria-current");
            }
        });
    }

    private void showMenu(boolean open) {
        mainNav.setClassName("open", open);
        menu.getElement().setAttribute("aria-expanded", String.valueOf(open));
    }

    /** For tests and views that need to reach the main region. */
    Component mainRegion() {
        return main;
    }
}
