package nl.waarhebikrechtop.shared.i18n;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import org.springframework.stereotype.Component;

import java.util.Locale;

/**
 * Dutch is the default for every new session, whatever the browser prefers; the language switch in the header
 * changes it for the session. A link may carry {@code ?lang=en} or {@code ?lang=nl} to open the portal in a language.
 * The {@code lang} attribute of the page follows, so screen readers pronounce the text correctly.
 */
@Component
public class LanguageSetup implements VaadinServiceInitListener {

    public static final String LANG_PARAMETER = "lang";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> e.getSession().setLocale(MessagesI18nProvider.DUTCH));
        event.getSource().addUIInitListener(e -> {
            UI ui = e.getUI();
            Locale locale = requestedLocale(VaadinRequest.getCurrent());
            if (locale != null) {
                ui.getSession().setLocale(locale);
            }
            ui.setLocale(MessagesI18nProvider.supported(ui.getSession().getLocale()));
            // Runs before the view is built, so a link with ?lang=en opens the page in English.
            ui.addBeforeEnterListener(enter -> {
                var values = enter.getLocation().getQueryParameters().getParameters().get(LANG_PARAMETER);
                if (values != null && !values.isEmpty() && !values.getFirst().isBlank()) {
                    apply(enter.getUI(), Locale.of(values.getFirst()));
                }
            });
        });
        event.addIndexHtmlRequestListener(response -> {
            Locale locale = requestedLocale(response.getVaadinRequest());
            if (locale == null) {
                VaadinSession session = VaadinSession.getCurrent();
                locale = session == null ? MessagesI18nProvider.DUTCH : session.getLocale();
            }
            response.getDocument().getElementsByTag("html")
                    .attr("lang", MessagesI18nProvider.supported(locale).getLanguage());
        });
    }

    private static Locale requestedLocale(VaadinRequest request) {
        String value = request == null ? null : request.getParameter(LANG_PARAMETER);
        return value == null || value.isBlank() ? null : MessagesI18nProvider.supported(Locale.of(value));
    }

    /** Switches the language of the session and this page, and rebuilds the page so every text follows. */
    public static void switchTo(UI ui, Locale locale) {
        apply(ui, locale);
        ui.refreshCurrentRoute(true);
    }

    private static void apply(UI ui, Locale locale) {
        Locale supported = MessagesI18nProvider.supported(locale);
        ui.getSession().setLocale(supported);
        ui.setLocale(supported);
        ui.getElement().executeJs("document.documentElement.lang = $0", supported.getLanguage());
    }
}
