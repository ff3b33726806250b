package nl.waarhebikrechtop.shared.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

/**
 * Says plainly that a part of the portal is not built yet, and what a resident can do meanwhile.
 * Used by routes that exist in the navigation before their feature does.
 */
public class ComingSoon extends Div {

    public ComingSoon(String titleKey, String explanationKey) {
        addClassName("coming-soon");
        Paragraph notice = new Paragraph(getTranslation("comingSoon.notice"));
        notice.addClassName("notice");
        notice.getElement().setAttribute("role", "note");
        add(new PageHeading(getTranslation(titleKey)), notice, new Paragraph(getTranslation(explanationKey)),
                new Paragraph(getTranslation("comingSoon.meanwhile")),
                PortalRoutes.link("contact", getTranslation("comingSoon.contact")));
    }
}
