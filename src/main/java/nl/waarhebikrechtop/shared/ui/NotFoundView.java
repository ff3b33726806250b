package nl.waarhebikrechtop.shared.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** A page that does not exist: say so kindly and offer the way back. */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class NotFoundView extends Div implements HasErrorParameter<NotFoundException>, HasDynamicTitle {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        add(new PageHeading(getTranslation("notFound.title")), new Paragraph(getTranslation("notFound.text")),
                PortalRoutes.link(PortalRoutes.HOME, getTranslation("notFound.home")));
        return HttpServletResponse.SC_NOT_FOUND;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notFound.pageTitle");
    }
}
