package nl.waarhebikrechtop.check.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import nl.waarhebikrechtop.KaribuTest;
import nl.waarhebikrechtop.eligibility.School;
import nl.waarhebikrechtop.shared.ui.PortalRoutes;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** "Aanvragen" on a result starts an application with the household the resident already gave in the check. */
class ApplyFromResultsTest extends KaribuTest {

    private final CheckJourney check = new CheckJourney();

    private void finishCheck() {
        navigate(PortalRoutes.CHECK);
        check.singleParentWorkingInAssen().click("Bekijk de uitkomst");
    }

    @Test
    void the_kindpakket_and_meedoen_cards_link_to_an_application_and_other_cards_do_not() {
        finishCheck();

        for (SchemeCard card : _find(SchemeCard.class)) {
            String html = card.getInnerHtml();
            String scheme = card.getElement().getAttribute("data-scheme");
            if ("kindpakket".equals(scheme)) {
                assertThat(html).contains("href=\"aanvragen/kindpakket\"", "Kindpakket aanvragen");
            } else if ("meedoenpremie".equals(scheme)) {
                assertThat(html).contains("href=\"aanvragen/meedoen\"");
            } else {
                assertThat(html).doesNotContain("href=\"aanvragen/");
            }
        }
        assertThat(_find(SchemeCard.class)).anyMatch(c -> c.getInnerHtml().contains("href=\"aanvragen/kindpakket\""));
    }

    @Test
    void the_application_form_is_prefilled_with_the_household_from_the_check() {
        finishCheck();
        navigate(PortalRoutes.APPLY);
        _get(Paragraph.class, s -> s.withText("Wij gebruiken de antwoorden uit uw check. U kunt ze op het formulier "
                + "nog veranderen."));

        navigate(PortalRoutes.APPLY_BY_SCHEME_ID.get("kindpakket"));

        assertThat(_get(IntegerField.class, s -> s.withLabel("Uw leeftijd")).getValue()).isEqualTo(35);
        assertThat(_get(IntegerField.class, s -> s.withLabel("Leeftijd van het kind")).getValue()).isEqualTo(9);
        assertThat(_get(Select.class, s -> s.withLabel("Naar welke school gaat dit kind?")).getValue())
                .isEqualTo(School.PRIMARY);
        assertThat(_get(TextField.class, s -> s.withLabel("Netto inkomen per maand van u en uw partner samen"))
                .getValue()).isEqualTo("€ 1.200,00");
        assertThat(_find(com.vaadin.flow.component.checkbox.Checkbox.class,
                s -> s.withLabel("Verjaardagsbox (Jarige Job)"))).singleElement()
                .matches(com.vaadin.flow.component.checkbox.Checkbox::isEnabled);
    }
}
