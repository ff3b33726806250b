package nl.waarhebikrechtop.content.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import nl.waarhebikrechtop.KaribuTest;
import nl.waarhebikrechtop.account.Role;
import nl.waarhebikrechtop.account.SignIn;
import nl.waarhebikrechtop.content.ParameterChange;
import nl.waarhebikrechtop.content.ParameterPublishing;
import nl.waarhebikrechtop.content.ParameterSource;
import nl.waarhebikrechtop.content.PublishedParameters;
import nl.waarhebikrechtop.shared.ui.PortalRoutes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import java.math.BigDecimal;
import java.time.LocalDate;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An editor enters a new meedoenpremie, a publisher publishes it, the check uses it; what each role may and may not
 * do on these screens. A database of its own: publications are committed.
 */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:publishing-views;DB_CLOSE_DELAY=-1")
class PublishingViewsTest extends KaribuTest {

    private static final String PRIMARY = "meedoen.amount.primary";
    private static final LocalDate FROM = LocalDate.of(2026, 12, 1);

    @Autowired ParameterPublishing publishing;
    @Autowired ParameterSource parameters;
    @Autowired PublishedParameters published;
    @Autowired JdbcClient jdbc;

    @BeforeEach
    @AfterEach
    void backToTheImportedValues() {
        jdbc.sql("DELETE FROM parameter_value WHERE author <> ?").param(PublishedParameters.IMPORTED_BY).update();
        jdbc.sql("UPDATE parameter_value SET status = 'PUBLISHED'").update();
        published.reload();
    }

    private void fillIn(String amount) {
        _setValue(_get(TextField.class, s -> s.withLabel(translate("publishing.amount",
                translate("publishing.unit.EUR_PER_SCHOOL_YEAR")))), amount);
        _setValue(_get(DatePicker.class, s -> s.withLabel(translate("publishing.effectiveFrom"))), FROM);
        _setValue(_get(TextField.class, s -> s.withLabel(translate("publishing.source"))),
                "https://www.wpda.nl/mijn-inkomen/meedoenregelingen");
        _setValue(_get(Checkbox.class, s -> s.withLabel(translate("publishing.confirmed"))), true);
        _setValue(_get(DatePicker.class, s -> s.withLabel(translate("publishing.lastChecked"))), FROM);
        _setValue(_get(TextArea.class, s -> s.withLabel(translate("publishing.changeNote"))), "Nieuw schooljaar");
    }

    @Test
    void an_editor_enters_a_new_amount_a_publisher_publishes_it_and_the_check_uses_it() {
        SignIn.as("eva", Role.EDITOR);
        navigate(PortalRoutes.newParameterValue(PRIMARY));
        assertThat(_get(H1.class).getText()).isEqualTo(translate("publishing.newValueTitle", PRIMARY));
        fillIn("twee honderd");
        _click(_get(Button.class, s -> s.withText(translate("publishing.offer"))));

        TextField amount = _get(TextField.class, s -> s.withLabel(translate("publishing.amount",
                translate("publishing.unit.EUR_PER_SCHOOL_YEAR"))));
        assertThat(amount.isInvalid()).isTrue();
        assertThat(amount.getErrorMessage()).isEqualTo(translate("publishing.error.amountNotNumber", "twee honderd"));
        assertThat(amount.getValue()).as("what was typed stays").isEqualTo("twee honderd");
        assertThat(publishing.drafts()).isEmpty();

        _setValue(amount, "225,00");
        _click(_get(Button.class, s -> s.withText(translate("publishing.offer"))));
        expectNotifications(translate("publishing.offered"));
        assertThat(_get(H1.class).getText()).isEqualTo(translate("publishing.title"));
        assertThat(_find(Button.class, s -> s.withText(translate("publishing.publishNow"))))
                .as("an editor cannot publish").isEmpty();

        SignIn.as("piet", Role.PUBLISHER);
        navigate(PortalRoutes.STAFF_PUBLISHING);
        _get(H3.class, s -> s.withText(parameters.parameter(PRIMARY).description()));
        _click(_get(Button.class, s -> s.withText(translate("publishing.publishNow"))));

        expectNotifications(translate("publishing.published"));
        assertThat(parameters.valueOn(PRIMARY, FROM).value()).isEqualByComparingTo(BigDecimal.valueOf(225));
        assertThat(parameters.valueOn(PRIMARY, FROM.minusDays(1)).value()).isEqualByComparingTo(BigDecimal.valueOf(210));
        assertThat(publishing.history(PRIMARY)).extracting(ParameterChange::status)
                .containsExactly(ParameterChange.Status.PUBLISHED, ParameterChange.Status.PUBLISHED);
    }

    @Test
    void a_publisher_who_wrote_the_value_sees_why_they_cannot_publish_it() {
        SignIn.as("eva", Role.EDITOR, Role.PUBLISHER);
        ParameterChange draft = publishing.draft(new ParameterPublishing.ValueInput(PRIMARY, "225", FROM,
                "https://www.wpda.nl/", true, FROM, "", false, "Nieuw schooljaar"));
        publishing.offerForReview(draft.id(), draft.version());

        navigate(PortalRoutes.STAFF_PUBLISHING);

        _get(Paragraph.class, s -> s.withText(translate("publishing.error.ownChange")));
        assertThat(_find(Button.class, s -> s.withText(translate("publishing.publishNow")))).isEmpty();
    }

    @Test
    void sending_back_needs_a_note_and_the_author_sees_it_on_the_draft() {
        SignIn.as("eva", Role.EDITOR);
        ParameterChange draft = publishing.draft(new ParameterPublishing.ValueInput(PRIMARY, "225", FROM,
                "https://www.wpda.nl/", true, FROM, "", false, "Nieuw schooljaar"));
        publishing.offerForReview(draft.id(), draft.version());
        SignIn.as("piet", Role.PUBLISHER);
        navigate(PortalRoutes.STAFF_PUBLISHING);

        _click(_get(Button.class, s -> s.withText(translate("publishing.sendBack"))));
        TextArea note = _get(TextArea.class, s -> s.withLabel(translate("publishing.reviewNote")));
        assertThat(note.getErrorMessage()).isEqualTo(translate("publishing.error.reviewNoteRequired"));
        _setValue(note, "Welke pagina?");
        _click(_get(Button.class, s -> s.withText(translate("publishing.sendBack"))));
        expectNotifications(translate("publishing.sentBack"));

        SignIn.as("eva", Role.EDITOR);
        com.vaadin.flow.component.UI.getCurrent().navigate(PortalRoutes.newParameterValue(PRIMARY),
                com.vaadin.flow.router.QueryParameters.of("concept", draft.id().toString()));
        _get(Paragraph.class, s -> s.withText(translate("publishing.sentBackNote", "piet", "Welke pagina?")));
        assertThat(_get(TextField.class, s -> s.withLabel(translate("publishing.amount",
                translate("publishing.unit.EUR_PER_SCHOOL_YEAR")))).getValue()).isEqualTo("225");
    }

    @Test
    void a_correction_that_breaks_scenarios_shows_them_and_needs_the_publishers_reason() {
        SignIn.as("eva", Role.EDITOR);
        ParameterChange draft = publishing.draft(new ParameterPublishing.ValueInput(PRIMARY, "212",
                LocalDate.of(2025, 1, 1), "https://www.wpda.nl/", true, FROM, "", true, "Tikfout"));
        publishing.offerForReview(draft.id(), draft.version());
        SignIn.as("piet", Role.PUBLISHER);
        navigate(PortalRoutes.STAFF_PUBLISHING);

        assertThat(_find(com.vaadin.flow.component.html.Span.class, s -> s.withText(
                translate("publishing.impactBroken") + " "))).isNotEmpty();
        _click(_get(Button.class, s -> s.withText(translate("publishing.publishNow"))));
        TextArea reason = _get(TextArea.class, s -> s.withLabel(translate("publishing.acknowledgement")));
        assertThat(reason.isInvalid()).isTrue();
        assertThat(parameters.valueOn(PRIMARY, FROM).value()).as("not published").isEqualByComparingTo("210");

        _setValue(reason, "De scenario's worden aangepast.");
        _click(_get(Button.class, s -> s.withText(translate("publishing.publishNow"))));

        expectNotifications(translate("publishing.published"));
        assertThat(parameters.valueOn(PRIMARY, FROM).value()).isEqualByComparingTo("212");
    }

    @Test
    void an_editor_restores_an_earlier_version_as_a_new_draft() {
        SignIn.as("eva", Role.EDITOR);
        navigate(PortalRoutes.newParameterValue(PRIMARY));

        com.vaadin.flow.component.grid.Grid<?> history = _get(com.vaadin.flow.component.grid.Grid.class);
        _click((Button) com.github.mvysny.kaributesting.v10.GridKt._getCellComponent(history, 0, ValueHistory.ROLLBACK));

        expectNotifications(translate("publishing.rolledBack"));
        assertThat(_get(TextField.class, s -> s.withLabel(translate("publishing.amount",
                translate("publishing.unit.EUR_PER_SCHOOL_YEAR")))).getValue()).isEqualTo("210");
        assertThat(_get(Checkbox.class, s -> s.withLabel(translate("publishing.correction"))).getValue()).isTrue();
        assertThat(publishing.drafts()).singleElement().satisfies(d -> assertThat(d.author()).isEqualTo("eva"));
    }

    @Test
    void a_caseworker_cannot_open_the_publishing_screens() {
        SignIn.as("klaas", Role.CASEWORKER);
        assertThatThrownBy(() -> navigate(PortalRoutes.STAFF_PUBLISHING)).hasMessageContaining("Access is denied");
        SignIn.as("piet", Role.PUBLISHER);
        assertThatThrownBy(() -> navigate(PortalRoutes.newParameterValue(PRIMARY)))
                .as("a publisher does not write values").hasMessageContaining("Access is denied");
    }
}
