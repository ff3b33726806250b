package nl.waarhebikrechtop.shared.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A page that failed to open: the cause goes to the log, the resident gets a calm message and a reference. */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class ServerErrorView extends Div implements HasErrorParameter<Exception>, HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(ServerErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String reference = ErrorHandling.reference();
        log.error("Page {} failed to open [ref {}]", event.getLocation().getPath(), reference,
                parameter.getCaughtException());
        removeAll();
        add(new PageHeading(getTranslation("serverError.title")),
                new Paragraph(getTranslation("error.unexpected", reference)),
                PortalRoutes.link(PortalRoutes.HOME, getTranslation("notFound.home")));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("serverError.title");
    }
}
