package nl.waarhebikrechtop.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Nav;
import nl.waarhebikrechtop.KaribuTest;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class LayoutAndPlaceholderViewsTest extends KaribuTest {

    @Test
    void header_shows_the_municipality_and_the_main_navigation() {
        navigate(PortalRoutes.HOME);

        assertThat(_get(Image.class).getSrc()).isEqualTo("media/logo.svg");
        Nav main = _get(Nav.class, spec -> spec.withAttribute("aria-label", "Hoofdmenu"));
        List<String> labels = _find(main, Anchor.class).stream().map(Anchor::getText).toList();
        assertThat(labels).containsExactly("Home", "Check waar u recht op heeft", "Aanvragen",
                "Zo werkt het aanvragen van bijstand");
        _get(Anchor.class, spec -> spec.withText("Ga direct naar de inhoud"));
    }

    @Test
    void the_current_section_is_marked_for_screen_readers() {
        navigate(PortalRoutes.APPLY);

        Anchor apply = _get(Anchor.class, spec -> spec.withText("Aanvragen"));
        Anchor home = _get(Anchor.class, spec -> spec.withText("Home"));
        assertThat(apply.getElement().getAttribute("aria-current")).isEqualTo("page");
        assertThat(home.getElement().hasAttribute("aria-current")).isFalse();
    }

    @Test
    void footer_links_to_privacy_accessibility_and_contact() {
        navigate(PortalRoutes.HOME);

        Nav footer = _get(Nav.class, spec -> spec.withAttribute("aria-label", "Over deze website"));
        assertThat(_find(footer, Anchor.class).stream().map(Anchor::getHref))
                .containsExactly("privacy", "toegankelijkheid", "contact");
    }

    @Test
    void the_language_switch_offers_english_in_english() {
        navigate(PortalRoutes.HOME);

        Button language = _get(Button.class, spec -> spec.withText("English"));
        assertThat(language.getElement().getAttribute("lang")).isEqualTo("en");
    }
}
