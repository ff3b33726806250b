package nl.waarhebikrechtop.route.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NavigationTrigger;
import nl.waarhebikrechtop.shared.ui.PageHeading;

import java.util.Set;

/**
 * After moving to another step inside the portal, focus goes to the new page's h1, so keyboard and screen-reader
 * users continue at the new title instead of at the top of the page (or nowhere, when the link they used is gone).
 * On a fresh page load the browser's own start point is kept.
 */
final class HeadingFocus {

    private static final Set<NavigationTrigger> IN_APP = Set.of(NavigationTrigger.ROUTER_LINK,
            NavigationTrigger.HISTORY, NavigationTrigger.UI_NAVIGATE, NavigationTrigger.CLIENT_SIDE);

    private HeadingFocus() {
    }

    static void afterInAppNavigation(BeforeEnterEvent event, PageHeading heading) {
        if (IN_APP.contains(event.getTrigger())) {
            heading.getElement().executeJs("this.focus()");
        }
    }
}
