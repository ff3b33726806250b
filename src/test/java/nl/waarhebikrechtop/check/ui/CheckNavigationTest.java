package nl.waarhebikrechtop.check.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PreserveOnRefresh;
import com.vaadin.flow.server.VaadinSession;
import nl.waarhebikrechtop.KaribuTest;
import nl.waarhebikrechtop.check.CheckSession;
import nl.waarhebikrechtop.shared.ui.PortalRoutes;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** Back, Next, the summary and validation: nothing typed is lost and Next never fails silently. */
class CheckNavigationTest extends KaribuTest {

    private final CheckJourney check = new CheckJourney();

    @Test
    void the_first_screen_says_the_check_is_anonymous_and_links_to_privacy() {
        navigate(PortalRoutes.CHECK);
        assertThat(check.heading()).isEqualTo("Waar woont u?");
        _get(com.vaadin.flow.component.html.Anchor.class, s -> s.withText("Lees meer over privacy."));
        assertThat(CheckView.class).hasAnnotation(PreserveOnRefresh.class);
    }

    @Test
    void back_and_next_keep_every_answer() {
        navigate(PortalRoutes.CHECK);
        check.choose("In welke gemeente woont u?", "Assen").next()
                .type("Hoe oud bent u?", "44").choose("Bent u getrouwd of woont u samen?", "Ja")
                .type("Hoe oud is uw partner?", "43").next()
                .type("Hoeveel kinderen wonen er bij u?", "1").type("Leeftijd", 1, "9");
        check.click("Vorige");
        assertThat(check.heading()).isEqualTo("U en uw partner");
        assertThat(_get(TextField.class, s -> s.withLabel("Hoe oud is uw partner?")).getValue()).isEqualTo("43");
        check.click("Vorige").next();
        assertThat(_get(TextField.class, s -> s.withLabel("Hoe oud bent u?")).getValue()).isEqualTo("44");
        check.next();
        assertThat(check.heading()).isEqualTo("Kinderen");
        assertThat(_get(TextField.class, s -> s.withLabel("Hoeveel kinderen wonen er bij u?")).getValue()).isEqualTo("1");
    }

    @Test
    void next_without_answers_shows_a_message_next_to_each_field_and_stays() {
        navigate(PortalRoutes.CHECK);
        check.choose("In welke gemeente woont u?", "Assen").next();
        check.click("Volgende");

        assertThat(check.heading()).isEqualTo("U en uw partner");
        assertThat(CheckJourney.errors()).containsExactlyInAnyOrder("Vul uw leeftijd in.", "Kies een antwoord.");
    }

    @Test
    void every_kind_of_wrong_input_gets_its_own_message() {
        navigate(PortalRoutes.CHECK);
        check.choose("In welke gemeente woont u?", "Ergens anders").click("Volgende");
        assertThat(CheckJourney.errors()).containsExactly("Kies een antwoord.");
        check.choose("Gaat u verhuizen naar een van deze gemeenten?", "Assen").next()
                .type("Hoe oud bent u?", "200").choose("Bent u getrouwd of woont u samen?", "Ja").click("Volgende");
        assertThat(CheckJourney.errors()).containsExactlyInAnyOrder(
                "Vul een leeftijd in van 15 tot en met 120 jaar. Gebruik alleen cijfers.",
                "Vul de leeftijd van uw partner in (15 tot en met 120 jaar), of kies \"Weet ik niet\".");
        check.type("Hoe oud bent u?", "30").dontKnow(1).next()
                .type("Hoeveel kinderen wonen er bij u?", "2").type("Leeftijd", 1, "30").click("Volgende");
        assertThat(CheckJourney.errors()).containsExactlyInAnyOrder(
                "Vul de leeftijd van het kind in, van 0 tot en met 26 jaar. Een baby jonger dan 1 jaar is 0.",
                "Kies een antwoord.", "Vul de leeftijd van het kind in, van 0 tot en met 26 jaar. Een baby jonger dan 1 jaar is 0.",
                "Kies een antwoord.");
        check.type("Hoeveel kinderen wonen er bij u?", "0").next()
                .type("Hoeveel andere volwassenen wonen er bij u?", "99").click("Volgende");
        assertThat(CheckJourney.errors()).containsExactly("Vul een aantal in van 0 tot en met 20.");
        check.type("Hoeveel andere volwassenen wonen er bij u?", "0").next()
                .type("Loon of winst uit werk", "twaalf").type("Uitkering of pensioen", "-5")
                .type("Alimentatie voor uzelf", "5000000").click("Volgende");
        assertThat(CheckJourney.errors()).containsExactlyInAnyOrder(
                "Dit is geen bedrag. Schrijf het zo: 1.234,56 of 1234. Gebruik geen min-teken.",
                "Dit is geen bedrag. Schrijf het zo: 1.234,56 of 1234. Gebruik geen min-teken.",
                "Dit bedrag is te hoog. Vul een bedrag in tot € 1.000.000,00.",
                "Vul een bedrag in. Heeft u dit niet? Vul dan 0 in. Weet u het niet? Kies dan \"Weet ik niet\".");
        assertThat(_get(TextField.class, s -> s.withLabel("Loon of winst uit werk")).getValue())
                .as("what was typed stays").isEqualTo("twaalf");
    }

    @Test
    void money_in_dutch_notation_is_understood_and_shown_back() {
        navigate(PortalRoutes.CHECK);
        check.choose("In welke gemeente woont u?", "Assen").next()
                .type("Hoe oud bent u?", "30").choose("Bent u getrouwd of woont u samen?", "Nee").next()
                .type("Hoeveel kinderen wonen er bij u?", "0").next()
                .type("Hoeveel andere volwassenen wonen er bij u?", "0").next()
                .type("Loon of winst uit werk", "€1234,5");
        assertThat(_get(TextField.class, s -> s.withLabel("Loon of winst uit werk")).getHelperText())
                .isEqualTo("Wij lezen: € 1.234,50");
    }

    @Test
    void a_change_from_the_summary_returns_to_the_summary() {
        navigate(PortalRoutes.CHECK);
        check.choose("In welke gemeente woont u?", "Assen").next()
                .type("Hoe oud bent u?", "30").choose("Bent u getrouwd of woont u samen?", "Nee").next()
                .type("Hoeveel kinderen wonen er bij u?", "0").next()
                .type("Hoeveel andere volwassenen wonen er bij u?", "0").next()
                .type("Loon of winst uit werk", "0").type("Uitkering of pensioen", "0")
                .type("Alimentatie voor uzelf", "0").type("Ander inkomen", "0").next()
                .type("Hoeveel spaargeld en bezit heeft u samen?", "0").choose("Heeft u een eigen huis?", "Nee").next()
                .choose("Heeft u schulden?", "Nee").next()
                .choose("Krijgt u nu bijstand?", "Nee").dontKnow(1).next()
                .tick("Ik betaal geen huur").next();
        assertThat(check.heading()).isEqualTo("Kloppen uw antwoorden?");

        com.github.mvysny.kaributesting.v10.LocatorJ._click(_get(com.vaadin.flow.component.button.Button.class,
                s -> s.withAttribute("aria-label", "Wijzig: U en uw partner")));
        assertThat(check.heading()).isEqualTo("U en uw partner");
        check.type("Hoe oud bent u?", "31").click("Terug naar het overzicht");

        assertThat(check.heading()).isEqualTo("Kloppen uw antwoorden?");
        assertThat(CheckSession.answers(VaadinSession.getCurrent()).age).isEqualTo(31);
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Kloppen uw antwoorden? - Check waar u recht op heeft");
    }

    @Test
    void switching_language_keeps_the_screen_and_the_answers() {
        navigate(PortalRoutes.CHECK);
        check.choose("In welke gemeente woont u?", "Tynaarlo").next().type("Hoe oud bent u?", "52")
                .choose("Bent u getrouwd of woont u samen?", "Nee");
        com.github.mvysny.kaributesting.v10.LocatorJ._click(_get(com.vaadin.flow.component.button.Button.class,
                s -> s.withText("English")));

        assertThat(check.heading()).isEqualTo("You and your partner");
        assertThat(_get(TextField.class, s -> s.withLabel("How old are you?")).getValue()).isEqualTo("52");
        check.click("Previous");
        assertThat(check.heading()).isEqualTo("Where do you live?");
        assertThat(CheckSession.answers(VaadinSession.getCurrent()).livesIn)
                .isEqualTo(nl.waarhebikrechtop.eligibility.HomeMunicipality.TYNAARLO);
    }

    @Test
    void results_without_a_finished_check_send_the_resident_to_the_check() {
        navigate(CheckView.RESULTS);
        _get(com.vaadin.flow.component.html.Anchor.class, s -> s.withText("Naar de check"));
    }
}
