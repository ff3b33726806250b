package nl.waarhebikrechtop.site;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import nl.waarhebikrechtop.KaribuTest;
import nl.waarhebikrechtop.shared.i18n.MessagesI18nProvider;
import nl.waarhebikrechtop.shared.ui.PortalRoutes;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class HomeViewTest extends KaribuTest {

    @Test
    void home_page_explains_the_portal_and_starts_the_check_in_one_click() {
        navigate(PortalRoutes.HOME);

        assertThat(_get(H1.class).getText()).isEqualTo("Krijgt u geld of hulp waar u recht op heeft?");
        Anchor start = _get(Anchor.class, spec -> spec.withText("Start de check"));
        assertThat(start.getHref()).isEqualTo(PortalRoutes.CHECK);
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Waar heb ik recht op?");
    }

    @Test
    void home_page_speaks_english_when_the_session_does() {
        useLanguage(MessagesI18nProvider.ENGLISH);
        navigate(PortalRoutes.HOME);

        assertThat(_get(H1.class).getText()).isEqualTo("Do you get the money or help you are entitled to?");
        _get(Anchor.class, spec -> spec.withText("Start the check"));
    }
}
