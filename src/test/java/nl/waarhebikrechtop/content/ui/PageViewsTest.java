package nl.waarhebikrechtop.content.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import nl.waarhebikrechtop.KaribuTest;
import nl.waarhebikrechtop.account.Role;
import nl.waarhebikrechtop.account.SignIn;
import nl.waarhebikrechtop.content.ContentService;
import nl.waarhebikrechtop.content.PublishedPages;
import nl.waarhebikrechtop.shared.ui.PortalRoutes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An editor changes the contact page in both languages with a live preview, a publisher reviews the difference and
 * publishes, residents see it; what each role may do. A database of its own: publications are committed.
 */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:page-views;DB_CLOSE_DELAY=-1")
class PageViewsTest extends KaribuTest {

    @Autowired PublishedPages published;
    @Autowired ContentService content;
    @Autowired JdbcClient jdbc;

    @BeforeEach
    @AfterEach
    void backToTheImportedPages() {
        jdbc.sql("DELETE FROM page_version WHERE author <> ?").param(PublishedPages.IMPORTED_BY).update();
        jdbc.sql("UPDATE page_version SET status = 'PUBLISHED'").update();
        published.reload();
    }

    private TextArea body(String language) {
        return _get(TextArea.class, s -> s.withLabel(translate("pages.field.body." + language)));
    }

    private String previewText(String language) {
        return _find(Div.class, s -> s.withClasses("page-preview")).get("nl".equals(language) ? 0 : 1).getElement()
                .getOuterHTML();
    }

    @Test
    void an_editor_writes_with_a_live_preview_a_publisher_reviews_the_difference_and_residents_see_it() {
        SignIn.as("eva", Role.EDITOR);
        navigate(PortalRoutes.staffPage("contact"));
        _setValue(body("nl"), "## Bellen\n\nBel ons <script>alert(1)</script> indien nodig.");

        assertThat(previewText("nl")).contains("<h2>Bellen</h2>", translate("pages.removedIntro"))
                .doesNotContain("<script>");
        assertThat(_find(ListItem.class)).extracting(li -> li.getElement().getTextRecursively()).anyMatch(t -> t.contains("<script>"))
                .anyMatch(t -> t.contains("\"indien\""));

        _setValue(body("en"), "## Calling\n\nCall us.");
        _setValue(_get(TextArea.class, s -> s.withLabel(translate("pages.changeNote"))), "Telefoon erbij");
        _click(_get(Button.class, s -> s.withText(translate("publishing.offer"))));

        SignIn.as("piet", Role.PUBLISHER);
        navigate(PortalRoutes.STAFF_PUBLISHING);
        assertThat(_find(com.vaadin.flow.component.html.Anchor.class)).extracting(a -> a.getText())
                .contains(translate("publishing.pageChange", "Contact", "eva", translate("pages.status.IN_REVIEW")));
        navigate(PortalRoutes.staffPage("contact"));
        assertThat(_find(Div.class, s -> s.withClasses("diff-added"))).extracting(d -> d.getElement().getTextRecursively())
                .anyMatch(t -> t.contains("## Bellen"));
        _click(_get(Button.class, s -> s.withText(translate("publishing.publishNow"))));

        assertThat(content.page("contact", Locale.of("nl")).orElseThrow().html()).contains("<h2>Bellen</h2>")
                .doesNotContain("script");
        assertThat(content.page("contact", Locale.of("en")).orElseThrow().html()).contains("<h2>Calling</h2>");
    }

    @Test
    void a_missing_translation_and_a_missing_change_note_are_shown_at_their_fields_and_the_text_stays() {
        SignIn.as("eva", Role.EDITOR);
        navigate(PortalRoutes.staffPage("privacy"));
        _setValue(body("en"), "");
        _setValue(body("nl"), "Nieuwe tekst.");
        assertThat(previewText("en")).contains(translate("pages.missingTranslation.en"));

        _click(_get(Button.class, s -> s.withText(translate("publishing.offer"))));

        TextArea note = _get(TextArea.class, s -> s.withLabel(translate("pages.changeNote")));
        assertThat(note.isInvalid()).isTrue();
        assertThat(note.getErrorMessage()).isEqualTo(translate("pages.error.changeNoteRequired"));
        assertThat(body("nl").getValue()).isEqualTo("Nieuwe tekst.");

        _setValue(note, "Korter");
        _click(_get(Button.class, s -> s.withText(translate("publishing.offer"))));
        assertThat(body("en").isInvalid()).isTrue();
        assertThat(body("en").getErrorMessage()).isEqualTo(translate("pages.error.translationMissing"));
        assertThat(_get(TextField.class, s -> s.withLabel(translate("pages.field.title.en"))).getValue())
                .isEqualTo("Privacy");
    }

    @Test
    void a_publisher_cannot_edit_and_a_caseworker_cannot_open_the_pages() {
        SignIn.as("piet", Role.PUBLISHER);
        navigate(PortalRoutes.staffPage("contact"));
        assertThat(_find(TextArea.class, s -> s.withLabel(translate("pages.field.body.nl")))).isEmpty();

        SignIn.as("carla", Role.CASEWORKER);
        assertThatThrownBy(() -> navigate(PortalRoutes.STAFF_PAGES)).hasMessageContaining("Access is denied");
    }
}
