package nl.waarhebikrechtop.route.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import nl.waarhebikrechtop.route.RouteProfile;
import nl.waarhebikrechtop.route.RouteProfileHolder;
import nl.waarhebikrechtop.route.RouteService;

import java.io.ByteArrayInputStream;
import java.util.Locale;
import java.util.Set;

/** Print the page, or download the checklist of the steps the resident needs as a PDF. */
class ChecklistActions extends Div {

    static final String PDF_TYPE = "application/pdf";

    ChecklistActions(RouteService route) {
        addClassName("route-actions");
        Button print = new Button(getTranslation("route.checklist.print"),
                e -> getUI().ifPresent(ui -> ui.getPage().executeJs("window.print()")));
        print.addClassName("route-print");
        String fileName = getTranslation("route.pdf.fileName");
        Anchor pdf = new Anchor(DownloadHandler.fromInputStream(event -> {
            VaadinSession session = event.getSession();
            Locale locale;
            RouteProfile profile;
            Set<String> ticked;
            session.lock();
            try {
                locale = session.getLocale();
                profile = RouteProfileHolder.get(session).orElse(null);
                ticked = TickedItems.of(session).snapshot();
            } finally {
                session.unlock();
            }
            byte[] bytes = route.checklistPdf(locale, profile, ticked);
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, PDF_TYPE, bytes.length);
        }), AttachmentType.DOWNLOAD, getTranslation("route.checklist.pdf"));
        pdf.addClassName("route-pdf");
        add(print, pdf);
    }
}
