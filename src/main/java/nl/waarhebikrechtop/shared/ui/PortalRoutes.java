package nl.waarhebikrechtop.shared.ui;

import com.vaadin.flow.component.html.Anchor;

import java.util.List;

/**
 * The portal's public paths, in one place, so the layout can link to features without knowing their views
 * (views stay package-private inside their feature).
 */
public final class PortalRoutes {

    public static final String HOME = "";
    public static final String CHECK = "check";
    public static final String APPLY = "aanvragen";
    /** Starting an application from a check result, by the result's scheme id (see aanvraag.Scheme). */
    public static final java.util.Map<String, String> APPLY_BY_SCHEME_ID = java.util.Map.of(
            "kindpakket", APPLY + "/kindpakket",
            "meedoenpremie", APPLY + "/meedoen");
    public static final String ROUTE = "route";
    /** Staff: the home page of every staff member, with what waits for them. */
    public static final String STAFF_HOME = "beheer";
    public static final String[] STAFF_ROLES = {"ADMIN", "CASEWORKER", "EDITOR", "PUBLISHER"};
    /** Staff: the mail outbox, for administrators and caseworkers. */
    public static final String STAFF_MAIL = "beheer/mail";
    public static final String[] STAFF_MAIL_ROLES = {"ADMIN", "CASEWORKER"};
    public static final String STAFF_STATISTICS = "beheer/statistiek";
    public static final String STAFF_PARAMETERS = "beheer/bedragen";
    /** Staff: a new value for a parameter ({@code beheer/bedragen/<id>/nieuw}), or a draft ({@code ?concept=<uuid>}). */
    public static final String STAFF_PARAMETER_VALUE = "beheer/bedragen/:parameter/nieuw";
    /** Staff: what waits for review and the drafts; publishers publish here. */
    public static final String STAFF_PUBLISHING = "beheer/publiceren";
    public static final String[] STAFF_PUBLISHING_ROLES = {"EDITOR", "PUBLISHER"};
    /** Staff: the text pages (privacy, accessibility, contact), to edit and review. */
    public static final String STAFF_PAGES = "beheer/teksten";
    /** Staff: one text page's editor, review and history ({@code beheer/teksten/<slug>}). */
    public static final String STAFF_PAGE = "beheer/teksten/:slug";
    public static final String STAFF_GKB = "beheer/gkb";
    public static final String STAFF_APPLICATIONS = "beheer/aanvragen";
    public static final String DEBT_HELP = "schuldhulp";
    public static final String[] STAFF_STATISTICS_ROLES = {"ADMIN", "CASEWORKER", "EDITOR", "PUBLISHER"};

    /** The form for a new value of that parameter. */
    public static String newParameterValue(String parameterId) {
        return STAFF_PARAMETER_VALUE.replace(":parameter", parameterId);
    }

    /** The editor of that text page. */
    public static String staffPage(String slug) {
        return STAFF_PAGE.replace(":slug", slug);
    }

    /** A main-navigation entry: the path and the message key of its label. */
    public record NavItem(String path, String labelKey) {
    }

    public static final List<NavItem> MAIN_NAVIGATION = List.of(
            new NavItem(HOME, "nav.home"),
            new NavItem(CHECK, "nav.check"),
            new NavItem(APPLY, "nav.apply"),
            new NavItem(ROUTE, "nav.route"));

    private PortalRoutes() {
    }

    /** A link that navigates inside the portal without reloading the page. */
    public static Anchor link(String path, String text) {
        Anchor anchor = new Anchor(path.isEmpty() ? "." : path, text);
        anchor.getElement().setAttribute("router-link", true);
        return anchor;
    }
}
