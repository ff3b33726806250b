package nl.waarhebikrechtop.shared.ui;

import com.vaadin.flow.component.html.H1;

/**
 * The one {@code <h1>} of a page. It can take focus, so that after navigation a screen reader starts reading at
 * the new page's title instead of at the top of the site.
 */
public class PageHeading extends H1 {

    public PageHeading(String text) {
        super(text);
        addClassName("page-heading");
        getElement().setAttribute("tabindex", "-1");
    }
}
