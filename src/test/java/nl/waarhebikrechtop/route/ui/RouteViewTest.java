package nl.waarhebikrechtop.route.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.VaadinSession;
import nl.waarhebikrechtop.KaribuTest;
import nl.waarhebikrechtop.route.RouteProfile;
import nl.waarhebikrechtop.route.RouteProfileHolder;
import nl.waarhebikrechtop.route.RouteTag;
import nl.waarhebikrechtop.shared.i18n.MessagesI18nProvider;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class RouteViewTest extends KaribuTest {

    /** bijstand.zoektermijn.age in content/parameters/bijstand.yaml. */
    private static final int SEARCH_PERIOD_AGE = 27;

    private static String title() {
        return UI.getCurrent().getInternals().getTitle();
    }

    private static Nav stepper() {
        return _get(Nav.class, spec -> spec.withClasses("route-stepper"));
    }

    private static void profile(RouteProfile profile) {
        RouteProfileHolder.set(VaadinSession.getCurrent(), profile);
    }

    @Test
    void the_overview_lists_every_step_with_a_link_and_has_one_h1() {
        navigate("route");

        assertThat(_find(H1.class)).singleElement().extracting(H1::getText)
                .isEqualTo("Zo werkt het aanvragen van bijstand");
        assertThat(title()).isEqualTo("Zo werkt het aanvragen van bijstand");
        assertThat(_find(Anchor.class, spec -> spec.withClasses("route-step-link"))).extracting(Anchor::getHref)
                .containsExactly("route/1", "route/2", "route/3", "route/4", "route/5", "route/6.1", "route/6.2",
                        "route/6.3", "route/6.4", "route/6.5", "route/6.6");
        _get(Anchor.class, spec -> spec.withText("Doe de check"));
    }

    @Test
    void a_step_page_shows_where_you_are_in_the_stepper_and_links_to_previous_and_next() {
        navigate("route/3");

        assertThat(_get(H1.class).getText()).isEqualTo("De aanvraag");
        assertThat(title()).isEqualTo("Stap 3: De aanvraag - Bijstand aanvragen");
        _get(Paragraph.class, spec -> spec.withText("Stap 3 van 11"));
        Nav stepper = stepper();
        assertThat(stepper.getElement().getAttribute("aria-label")).isEqualTo("Stappen van het aanvragen");
        List<Anchor> links = _find(stepper, Anchor.class);
        assertThat(links).hasSize(11);
        assertThat(links).filteredOn(a -> "step".equals(a.getElement().getAttribute("aria-current")))
                .extracting(Anchor::getHref).containsExactly("route/3");
        assertThat(_get(Anchor.class, spec -> spec.withClasses("route-previous")).getHref()).isEqualTo("route/2");
        assertThat(_get(Anchor.class, spec -> spec.withClasses("route-next")).getText())
                .isEqualTo("Volgende stap: Het gesprek");
        assertThat(_find(H2.class)).extracting(H2::getText).startsWith("Wat gebeurt er?", "Wat doet u?",
                "Wat neemt u mee?", "Hoe lang duurt het?", "Uw rechten en plichten", "Zo gaat het gesprek goed");
    }

    @Test
    void a_deep_link_opens_a_special_situation_and_the_last_step_has_no_next() {
        navigate("route/6.6");

        assertThat(_get(H1.class).getText()).isEqualTo("Meedoen");
        assertThat(_get(Anchor.class, spec -> spec.withClasses("route-previous")).getHref()).isEqualTo("route/6.5");
        assertThat(_find(Anchor.class, spec -> spec.withClasses("route-next"))).isEmpty();
        _get(Anchor.class, spec -> spec.withClasses("route-overview-link"));
    }

    @Test
    void the_first_step_has_no_previous_link() {
        navigate("route/1");

        assertThat(_find(Anchor.class, spec -> spec.withClasses("route-previous"))).isEmpty();
        assertThat(_get(Anchor.class, spec -> spec.withClasses("route-next")).getHref()).isEqualTo("route/2");
    }

    @Test
    void an_unknown_step_is_not_found() {
        navigate("route/9");

        assertThat(_get(H1.class).getText()).isEqualTo("Deze pagina bestaat niet");
        assertThat(_find(RouteStepView.class)).isEmpty();
    }

    @Test
    void step_pages_speak_english_when_the_session_does() {
        useLanguage(MessagesI18nProvider.ENGLISH);
        navigate("route/2");

        assertThat(_get(H1.class).getText()).isEqualTo("You report to the Werkplein");
        assertThat(title()).isEqualTo("Step 2: You report to the Werkplein - Applying for bijstand");
        assertThat(stepper().getElement().getAttribute("aria-label")).isEqualTo("Steps of the application");
    }

    @Test
    void a_ticked_item_stays_ticked_on_other_pages_during_the_session() {
        navigate("route/3");
        Checkbox idCard = _get(Checkbox.class, spec -> spec.withId("check-3-id-card"));
        assertThat(idCard.getValue()).isFalse();
        _setValue(idCard, true);

        navigate("route/4");
        navigate("route/3");
        assertThat(_get(Checkbox.class, spec -> spec.withId("check-3-id-card")).getValue()).isTrue();
        navigate("route");
        assertThat(_get(Checkbox.class, spec -> spec.withId("check-3-id-card")).getValue()).isTrue();
        assertThat(_get(Checkbox.class, spec -> spec.withId("check-3-bank-statements")).getValue()).isFalse();
    }

    @Test
    void unticking_an_item_is_remembered_too() {
        navigate("route");
        _setValue(_get(Checkbox.class, spec -> spec.withId("check-2-id-card")), true);
        _setValue(_get(Checkbox.class, spec -> spec.withId("check-2-id-card")), false);

        navigate("route/2");
        assertThat(_get(Checkbox.class, spec -> spec.withId("check-2-id-card")).getValue()).isFalse();
    }

    @Test
    void the_checklist_can_be_downloaded_as_pdf_and_printed() {
        navigate("route/3");

        Anchor pdf = _get(Anchor.class, spec -> spec.withText("Download de checklist (pdf)"));
        assertThat(pdf.getHref()).isNotBlank();
        assertThat(pdf.getElement().hasAttribute("download")).isTrue();
        _get(Button.class, spec -> spec.withText("Print deze pagina"));
    }

    @Test
    void with_debts_the_debts_step_is_marked_for_you_and_the_gkb_tip_is_open_in_the_conversation_step() {
        profile(RouteProfile.of(RouteTag.DEBTS));

        navigate("route/4");
        assertThat(_find(H3.class)).extracting(H3::getText).containsExactly("Heeft u schulden?");
        assertThat(_find(NativeDetails.class)).extracting(NativeDetails::getSummaryText)
                .containsExactly("Bent u jonger dan 27?", "Woont u samen met anderen?");
        assertThat(_find(stepper(), Anchor.class)).filteredOn(a -> a.hasClassName("route-for-you"))
                .extracting(Anchor::getHref).containsExactly("route/6.2");

        navigate("route/6.2");
        _get(Paragraph.class, spec -> spec.withText("Deze stap geldt voor u. Dat zien we aan uw antwoorden."));
    }

    @Test
    void under_27_without_debts_the_debts_step_is_collapsed_and_the_search_period_tip_is_open() {
        profile(RouteProfile.fromHousehold(22, SEARCH_PERIOD_AGE, 0, false, false, false, 0, null));

        navigate("route/2");
        assertThat(_find(H3.class)).extracting(H3::getText).containsExactly("Bent u jonger dan 27?");

        navigate("route/6.2");
        _get(Paragraph.class, spec -> spec.withText("Deze stap is waarschijnlijk niet voor u. U kunt hem wel lezen."));
        NativeDetails collapsed = _get(NativeDetails.class, spec -> spec.withClasses("route-collapsed"));
        assertThat(collapsed.isOpen()).isFalse();

        navigate("route");
        NativeDetails others = _get(NativeDetails.class, spec -> spec.withClasses("route-collapsed"));
        assertThat(_find(others, Anchor.class)).extracting(Anchor::getHref).containsExactly("route/6.2");
    }

    @Test
    void with_housemates_the_kostendelersnorm_tip_shows_the_residents_own_figures() {
        profile(RouteProfile.fromHousehold(40, SEARCH_PERIOD_AGE, 1, false, false, false, 0,
                new RouteProfile.CostSharing(2, new BigDecimal("50"), new BigDecimal("977.9"))));

        navigate("route/1");
        assertThat(_find(H3.class)).extracting(H3::getText).containsExactly("Woont u samen met anderen?");
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("route-own-figures")).getText())
                .contains("u woont met 2 mensen van 27 jaar of ouder", "50% van de norm", "977,90");
    }

    @Test
    void a_parent_sees_the_kindpakket_tip_open_on_the_poverty_step_which_leads_to_the_check() {
        profile(RouteProfile.of(RouteTag.CHILDREN, RouteTag.MOVING));

        navigate("route/6.5");
        assertThat(_find(H3.class)).extracting(H3::getText).containsExactly("Heeft u kinderen?");
        assertThat(_find(NativeDetails.class)).isEmpty();
        assertThat(_find(Html.class)).extracting(Html::getInnerHtml).anyMatch(html -> html.contains("href=\"check\""));
    }

    @Test
    void without_a_profile_every_tip_is_collapsed_and_no_step_is_marked() {
        navigate("route/1");

        assertThat(_find(H3.class)).isEmpty();
        assertThat(_find(NativeDetails.class)).extracting(NativeDetails::isOpen).containsOnly(false).hasSize(4);
        assertThat(_find(stepper(), Anchor.class)).noneMatch(a -> a.hasClassName("route-for-you"));
    }

    @Test
    void residents_can_choose_their_situation_themselves_and_clear_it_again() {
        navigate("route");
        CheckboxGroup<RouteTag> situations = _get(CheckboxGroup.class, spec -> spec.withLabel("Wat past bij u?"));
        _setValue(situations, Set.of(RouteTag.DEBTS, RouteTag.UNDER_27));
        _click(_get(Button.class, spec -> spec.withText("Laat zien wat voor mij geldt")));

        assertThat(RouteProfileHolder.get(VaadinSession.getCurrent())).contains(RouteProfile.of(RouteTag.DEBTS,
                RouteTag.UNDER_27));
        assertThat(_find(ListItem.class, spec -> spec.withClasses("route-for-you"))).singleElement()
                .satisfies(item -> assertThat(_get(item, Anchor.class).getHref()).isEqualTo("route/6.2"));
        navigate("route/2");
        assertThat(_find(H3.class)).extracting(H3::getText).containsExactly("Bent u jonger dan 27?");

        navigate("route");
        _click(_get(Button.class, spec -> spec.withText("Wis mijn keuzes")));
        assertThat(RouteProfileHolder.get(VaadinSession.getCurrent())).isEmpty();
        assertThat(_find(ListItem.class, spec -> spec.withClasses("route-for-you"))).isEmpty();
    }

    @Test
    void choosing_situations_keeps_the_cost_sharing_figures_from_the_check_while_housemates_stays_ticked() {
        RouteProfile.CostSharing figures = new RouteProfile.CostSharing(3, new BigDecimal("43.33"), null);
        profile(RouteProfile.of(RouteTag.HOUSEMATES).withCostSharing(figures));
        navigate("route");
        CheckboxGroup<RouteTag> situations = _get(CheckboxGroup.class, spec -> spec.withLabel("Wat past bij u?"));
        assertThat(situations.getValue()).containsExactly(RouteTag.HOUSEMATES);

        _setValue(situations, Set.of(RouteTag.HOUSEMATES, RouteTag.CHILDREN));
        _click(_get(Button.class, spec -> spec.withText("Laat zien wat voor mij geldt")));

        assertThat(RouteProfileHolder.get(VaadinSession.getCurrent()).orElseThrow().costSharing()).isEqualTo(figures);
    }

    @Test
    void ticks_survive_a_change_of_language_because_item_ids_are_the_same_in_both() {
        navigate("route/5");
        _setValue(_get(Checkbox.class, spec -> spec.withId("check-5-letter")), true);

        useLanguage(MessagesI18nProvider.ENGLISH);
        navigate("route/5");
        Checkbox letter = _get(Checkbox.class, spec -> spec.withId("check-5-letter"));
        assertThat(letter.getLabel()).isEqualTo("The letter saying what is still missing");
        assertThat(letter.getValue()).isTrue();
    }
}
