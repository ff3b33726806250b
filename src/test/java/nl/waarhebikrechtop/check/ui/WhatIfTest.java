package nl.waarhebikrechtop.check.ui;

import com.vaadin.flow.component.textfield.TextField;
import nl.waarhebikrechtop.KaribuTest;
import nl.waarhebikrechtop.shared.ui.PortalRoutes;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** "Wat als…": another income recomputes the results, marks what changed, and leaves the answers alone. */
class WhatIfTest extends KaribuTest {

    private final CheckJourney check = new CheckJourney();

    @Test
    void a_higher_income_turns_bijstand_to_no_and_the_card_says_what_it_was() {
        navigate(PortalRoutes.CHECK);
        check.singleParentWorkingInAssen().click("Bekijk de uitkomst");
        assertThat(CheckJourneyTest.verdicts()).containsEntry("bijstand", "likely");

        _setValue(_get(TextField.class, s -> s.withLabel("Loon of winst uit werk per maand")), "2.500");
        check.click("Bereken opnieuw");

        Map<String, String> after = CheckJourneyTest.verdicts();
        assertThat(after).containsEntry("bijstand", "unlikely");
        SchemeCard bijstand = _find(SchemeCard.class).stream()
                .filter(c -> "bijstand".equals(c.getElement().getAttribute("data-scheme"))).findFirst().orElseThrow();
        assertThat(bijstand.getInnerHtml()).contains("Veranderd. Eerst was dit: Waarschijnlijk wel.");
        assertThat(_find(SchemeCard.class)).filteredOn(c -> c.getInnerHtml().contains("Veranderd."))
                .as("only the cards that changed are marked").hasSizeLessThan(after.size());
    }

    @Test
    void a_what_if_amount_that_is_not_an_amount_gets_a_message_and_the_results_stay() {
        navigate(PortalRoutes.CHECK);
        check.singleParentWorkingInAssen().click("Bekijk de uitkomst");
        Map<String, String> before = CheckJourneyTest.verdicts();

        TextField work = _get(TextField.class, s -> s.withLabel("Loon of winst uit werk per maand"));
        _setValue(work, "veel");
        check.click("Bereken opnieuw");

        assertThat(work.isInvalid()).isTrue();
        assertThat(work.getErrorMessage()).startsWith("Dit is geen bedrag.");
        assertThat(CheckJourneyTest.verdicts()).isEqualTo(before);
    }
}
