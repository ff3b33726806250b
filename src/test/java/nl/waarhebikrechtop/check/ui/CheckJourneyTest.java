package nl.waarhebikrechtop.check.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import nl.waarhebikrechtop.KaribuTest;
import nl.waarhebikrechtop.shared.ui.PortalRoutes;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.TreeMap;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

/** The whole check, from the first question to the results, for five kinds of household. */
class CheckJourneyTest extends KaribuTest {

    private final CheckJourney check = new CheckJourney();

    @Test
    void single_parent_on_bijstand_with_two_children_gets_the_child_schemes() {
        navigate(PortalRoutes.CHECK);
        check.choose("In welke gemeente woont u?", "Assen").next()
                .type("Hoe oud bent u?", "35").choose("Bent u getrouwd of woont u samen?", "Nee").next()
                .type("Hoeveel kinderen wonen er bij u?", "2")
                .type("Leeftijd", 1, "7").select("Naar welke school gaat dit kind?", 1, "Basisschool")
                .type("Leeftijd", 2, "13").select("Naar welke school gaat dit kind?", 2, "Middelbare school (voortgezet onderwijs)")
                .next()
                .type("Hoeveel andere volwassenen wonen er bij u?", "0").next()
                .type("Loon of winst uit werk", "0").type("Uitkering of pensioen", "1.369,06")
                .type("Alimentatie voor uzelf", "0").type("Ander inkomen", "0").next()
                .type("Hoeveel spaargeld en bezit heeft u samen?", "€ 300").choose("Heeft u een eigen huis?", "Nee").next()
                .choose("Heeft u schulden?", "Nee").next()
                .choose("Krijgt u nu bijstand?", "Ja").type("Hoe lang heeft u al een laag inkomen? In maanden", "48").next()
                .type("Hoeveel huur betaalt u per maand?", "650").next();
        assertThat(check.heading()).isEqualTo("Kloppen uw antwoorden?");
        check.click("Bekijk de uitkomst");

        Map<String, String> verdicts = verdicts();
        assertThat(verdicts).containsEntry("meedoenpremie", "likely").containsEntry("kindpakket", "likely");
        assertThat(verdicts.get("bijzondere-bijstand")).isNotEqualTo("unlikely");
        report("single parent on bijstand, two children");
    }

    @Test
    void working_couple_in_tynaarlo_above_the_norm_but_below_120_percent_gets_bijzondere_bijstand_not_bijstand() {
        navigate(PortalRoutes.CHECK);
        check.choose("In welke gemeente woont u?", "Tynaarlo").next()
                .type("Hoe oud bent u?", "41").choose("Bent u getrouwd of woont u samen?", "Ja")
                .type("Hoe oud is uw partner?", "39").next()
                .type("Hoeveel kinderen wonen er bij u?", "1")
                .type("Leeftijd", 1, "10").select("Naar welke school gaat dit kind?", 1, "Basisschool").next()
                .type("Hoeveel andere volwassenen wonen er bij u?", "0").next()
                .type("Loon of winst uit werk", "2100").type("Uitkering of pensioen", "0")
                .type("Alimentatie voor uzelf", "0").type("Ander inkomen", "0").next()
                .type("Hoeveel spaargeld en bezit heeft u samen?", "2.000").choose("Heeft u een eigen huis?", "Nee").next()
                .choose("Heeft u schulden?", "Nee").next()
                .choose("Krijgt u nu bijstand?", "Nee").dontKnow(1).next()
                .type("Hoeveel huur betaalt u per maand?", "780").next()
                .click("Bekijk de uitkomst");

        Map<String, String> verdicts = verdicts();
        // 2,100 is above the couple norm (1,955.80) and below 120% of it (2,346.96).
        assertThat(verdicts).containsEntry("bijstand", "unlikely").containsEntry("bijzondere-bijstand", "likely");
        assertThat(verdicts.get("kindpakket")).as("the Kindpakket is confirmed for Assen only: at most maybe here")
                .isEqualTo("maybe");
        report("working couple, low income, one child");
    }

    @Test
    void student_sharing_a_home_answers_few_questions_and_gets_a_result() {
        navigate(PortalRoutes.CHECK);
        check.choose("In welke gemeente woont u?", "Assen").next()
                .type("Hoe oud bent u?", "20").choose("Bent u getrouwd of woont u samen?", "Nee").next()
                .type("Hoeveel kinderen wonen er bij u?", "0").next()
                .type("Hoeveel andere volwassenen wonen er bij u?", "1").type("Leeftijd", 1, "22")
                .chooseIn("Persoon 1", "Hoe woont deze persoon bij u?", "Een student met studiefinanciering").next()
                .type("Loon of winst uit werk", "450").type("Uitkering of pensioen", "0")
                .type("Alimentatie voor uzelf", "0").type("Ander inkomen", "0").next()
                .type("Hoeveel spaargeld en bezit heeft u samen?", "800").choose("Heeft u een eigen huis?", "Nee").next()
                .choose("Heeft u schulden?", "Nee").next()
                .choose("Krijgt u nu bijstand?", "Nee").type("Hoe lang heeft u al een laag inkomen? In maanden", "6")
                .choose("Krijgt u studiefinanciering of een tegemoetkoming (WTOS)? Of zou u die kunnen krijgen?", "Nee").next()
                .type("Hoeveel huur betaalt u per maand?", "420").next()
                .click("Bekijk de uitkomst");

        Map<String, String> verdicts = verdicts();
        assertThat(verdicts).containsKey("bijstand").containsKey("sportcultuurfonds");
        assertThat(verdicts).as("no children, no child schemes as likely").doesNotContainEntry("kindpakket", "likely")
                .doesNotContainEntry("meedoenpremie", "likely");
        report("student, 20, sharing a home");
    }

    @Test
    void pensioner_who_owns_a_home_skips_the_rent_question_and_is_not_sent_to_bijstand() {
        navigate(PortalRoutes.CHECK);
        check.choose("In welke gemeente woont u?", "Aa en Hunze").next()
                .type("Hoe oud bent u?", "72").choose("Bent u getrouwd of woont u samen?", "Nee").next()
                .type("Hoeveel kinderen wonen er bij u?", "0").next()
                .type("Hoeveel andere volwassenen wonen er bij u?", "0").next()
                .type("Loon of winst uit werk", "0").type("Uitkering of pensioen", "1.450")
                .type("Alimentatie voor uzelf", "0").type("Ander inkomen", "0").next()
                .type("Hoeveel spaargeld en bezit heeft u samen?", "5000").choose("Heeft u een eigen huis?", "Ja").next()
                .choose("Heeft u schulden?", "Nee").next()
                .choose("Krijgt u nu bijstand?", "Nee").dontKnow(1).next();
        assertThat(check.heading()).as("no rent question for a home owner").isEqualTo("Kloppen uw antwoorden?");
        check.click("Bekijk de uitkomst");

        assertThat(verdicts().get("bijstand")).isNotEqualTo("likely");
        report("pensioner, own home");
    }

    @Test
    void someone_with_debts_who_does_not_know_the_income_gets_maybe_instead_of_no() {
        navigate(PortalRoutes.CHECK);
        check.choose("In welke gemeente woont u?", "Assen").next()
                .type("Hoe oud bent u?", "29").choose("Bent u getrouwd of woont u samen?", "Nee").next()
                .type("Hoeveel kinderen wonen er bij u?", "0").next()
                .type("Hoeveel andere volwassenen wonen er bij u?", "0").next()
                .dontKnow(1).dontKnow(2).type("Alimentatie voor uzelf", "0").type("Ander inkomen", "0").next()
                .dontKnow(1).choose("Heeft u een eigen huis?", "Nee").next()
                .choose("Heeft u schulden?", "Ja").next()
                .choose("Krijgt u nu bijstand?", "Weet ik niet").dontKnow(1)
                .choose("Krijgt u studiefinanciering of een tegemoetkoming (WTOS)? Of zou u die kunnen krijgen?", "Nee").next()
                .dontKnow(1).next()
                .click("Bekijk de uitkomst");

        Map<String, String> verdicts = verdicts();
        assertThat(verdicts.get("schuldhulp")).isEqualTo("likely");
        assertThat(verdicts.get("bijstand")).isEqualTo("maybe");
        assertThat(nl.waarhebikrechtop.route.RouteProfileHolder.get(com.vaadin.flow.server.VaadinSession.getCurrent()))
                .as("the bijstand walkthrough highlights the debts step").hasValueSatisfying(p -> assertThat(p.debts()).isTrue());
        report("debts, income unknown");
    }

    @Test
    void a_young_applicant_is_asked_about_study_finance_and_a_student_is_not_sent_to_bijstand() {
        String question = "Krijgt u studiefinanciering of een tegemoetkoming (WTOS)? Of zou u die kunnen krijgen?";
        navigate(PortalRoutes.CHECK);
        check.choose("In welke gemeente woont u?", "Assen").next()
                .type("Hoe oud bent u?", "21").choose("Bent u getrouwd of woont u samen?", "Nee").next()
                .type("Hoeveel kinderen wonen er bij u?", "0").next()
                .type("Hoeveel andere volwassenen wonen er bij u?", "0").next()
                .type("Loon of winst uit werk", "0").type("Uitkering of pensioen", "0")
                .type("Alimentatie voor uzelf", "0").type("Ander inkomen", "0").next()
                .type("Hoeveel spaargeld en bezit heeft u samen?", "0").choose("Heeft u een eigen huis?", "Nee").next()
                .choose("Heeft u schulden?", "Nee").next()
                .choose("Krijgt u nu bijstand?", "Nee").dontKnow(1).next();
        assertThat(CheckJourney.errors()).as("the study question must be answered").isNotEmpty();
        check.choose(question, "Ja").next()
                .type("Hoeveel huur betaalt u per maand?", "400").next()
                .click("Bekijk de uitkomst");

        assertThat(verdicts()).containsEntry("bijstand", "unlikely");
    }

    /** scheme id → verdict, read from the result cards on the page. */
    static Map<String, String> verdicts() {
        Map<String, String> result = new TreeMap<>();
        for (SchemeCard card : _find(SchemeCard.class)) {
            String verdict = card.getClassNames().stream().filter(c -> c.startsWith("verdict-"))
                    .findFirst().orElseThrow().substring("verdict-".length());
            result.put(card.getElement().getAttribute("data-scheme"), verdict);
        }
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("check/resultaat");
        return result;
    }

    private void report(String household) {
        System.out.printf("check journey: %s: %d screens (incl. summary), %d clicks and choices%n",
                household, check.screens, check.clicks);
    }
}
