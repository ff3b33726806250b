package nl.waarhebikrechtop.route;

import nl.waarhebikrechtop.shared.i18n.MessagesI18nProvider;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static nl.waarhebikrechtop.route.PersonalisedStep.Relevance.FOR_YOU;
import static nl.waarhebikrechtop.route.PersonalisedStep.Relevance.GENERAL;
import static nl.waarhebikrechtop.route.PersonalisedStep.Relevance.NOT_FOR_YOU;
import static org.assertj.core.api.Assertions.assertThat;

/** Personalisation of the steps for a resident's situation, and the checklist PDF. */
class RouteServiceTest {

    /** bijstand.zoektermijn.age in content/parameters/bijstand.yaml. */
    private static final int SEARCH_PERIOD_AGE = 27;

    private static final Locale NL = MessagesI18nProvider.DUTCH;
    private static final RouteService ROUTE = RouteContentTest.service();

    private static PersonalisedStep step(String id, RouteProfile profile) {
        return ROUTE.personalise(ROUTE.step(id).orElseThrow(), NL, profile);
    }

    private static List<RouteTag> tipsForYou(String id, RouteProfile profile) {
        return step(id, profile).tipsForYou().stream().map(RouteStep.Tip::tag).toList();
    }

    @Test
    void without_a_profile_nothing_is_highlighted_and_every_tip_is_collapsed() {
        PersonalisedStep step = step("1", null);
        assertThat(step.relevance()).isEqualTo(GENERAL);
        assertThat(step.tipsForYou()).isEmpty();
        assertThat(step.otherTips()).extracting(RouteStep.Tip::tag)
                .containsExactly(RouteTag.UNDER_27, RouteTag.HOUSEMATES, RouteTag.BOARDER, RouteTag.CHILDREN);
        assertThat(ROUTE.stepsFor(null)).hasSize(11);
    }

    @Test
    void a_resident_under_27_sees_the_search_period_when_reporting_and_the_debts_step_collapsed() {
        RouteProfile young = RouteProfile.fromHousehold(23, SEARCH_PERIOD_AGE, 0, false, false, false, 0, null);
        assertThat(tipsForYou("2", young)).containsExactly(RouteTag.UNDER_27);
        assertThat(step("2", young).otherTips()).extracting(RouteStep.Tip::tag).containsExactly(RouteTag.MOVING);
        assertThat(step("2", young).relevance()).isEqualTo(GENERAL);
        assertThat(step("6.2", young).relevance()).isEqualTo(NOT_FOR_YOU);
        assertThat(ROUTE.stepsFor(young)).extracting(RouteStep::id).doesNotContain("6.2").hasSize(10);
    }

    @Test
    void a_resident_with_debts_gets_the_debts_step_and_the_gkb_tip_in_the_conversation() {
        RouteProfile debts = RouteProfile.fromHousehold(45, SEARCH_PERIOD_AGE, 0, false, false, true, 0, null);
        assertThat(step("6.2", debts).relevance()).isEqualTo(FOR_YOU);
        assertThat(tipsForYou("4", debts)).containsExactly(RouteTag.DEBTS);
        assertThat(step("4", debts).tipsForYou().getFirst().html()).contains("7 werkdagen");
        assertThat(ROUTE.stepsFor(debts)).extracting(RouteStep::id).contains("6.2");
    }

    @Test
    void a_resident_with_housemates_gets_the_kostendelersnorm_explained_with_their_own_figures() {
        RouteProfile.CostSharing figures = new RouteProfile.CostSharing(2, new java.math.BigDecimal("50"),
                new java.math.BigDecimal("977.90"));
        RouteProfile sharing = RouteProfile.fromHousehold(35, SEARCH_PERIOD_AGE, 1, false, false, false, 0, figures);
        assertThat(sharing.housemates()).isTrue();
        assertThat(sharing.costSharing()).isEqualTo(figures);
        assertThat(tipsForYou("1", sharing)).containsExactly(RouteTag.HOUSEMATES);
        assertThat(tipsForYou("6.1", sharing)).containsExactly(RouteTag.HOUSEMATES);
        assertThat(step("1", sharing).tipsForYou().getFirst().html()).contains("kostendelersnorm");
    }

    @Test
    void a_parent_moving_here_gets_the_address_tip_and_the_kindpakket_tip() {
        RouteProfile family = RouteProfile.fromHousehold(31, SEARCH_PERIOD_AGE, 0, false, true, false, 2, null);
        assertThat(tipsForYou("2", family)).containsExactly(RouteTag.MOVING);
        assertThat(tipsForYou("6.5", family)).containsExactly(RouteTag.CHILDREN);
        assertThat(step("6.5", family).tipsForYou().getFirst().html()).contains("Kindpakket");
        assertThat(step("6.2", family).relevance()).isEqualTo(NOT_FOR_YOU);
    }

    @Test
    void a_boarder_with_a_commercial_agreement_is_told_to_bring_the_contract() {
        RouteProfile boarder = RouteProfile.of(RouteTag.BOARDER);
        assertThat(tipsForYou("3", boarder)).containsExactly(RouteTag.BOARDER);
        assertThat(step("3", boarder).tipsForYou().getFirst().html()).contains("contract");
    }

    @Test
    void steps_know_their_neighbours() {
        RouteStep first = ROUTE.steps().getFirst();
        RouteStep last = ROUTE.steps().getLast();
        assertThat(ROUTE.previous(first)).isEmpty();
        assertThat(ROUTE.next(first).orElseThrow().id()).isEqualTo("2");
        assertThat(ROUTE.previous(last).orElseThrow().id()).isEqualTo("6.5");
        assertThat(ROUTE.next(last)).isEmpty();
        assertThat(ROUTE.position(ROUTE.step("6.2").orElseThrow())).isEqualTo(7);
    }

    @Test
    void the_checklist_pdf_lists_the_items_of_the_steps_you_need_and_marks_what_you_ticked() throws IOException {
        String text = pdfText(ROUTE.checklistPdf(NL, RouteProfile.of(RouteTag.DEBTS), Set.of("3/id-card")));

        assertThat(text).contains("Checklist: bijstand aanvragen", "Stap 3: De aanvraag",
                "Een overzicht van uw schulden", "Stap 6.2: U heeft schulden", "Brieven en rekeningen van schuldeisers");
        assertThat(text).contains("\u2611 Een geldig paspoort of ID-kaart, en uw verblijfsdocument");
        assertThat(text).contains("\u2610 Een geldig paspoort of ID-kaart (geen rijbewijs)");
    }

    @Test
    void the_checklist_pdf_leaves_out_steps_that_do_not_apply_and_speaks_english_when_asked() throws IOException {
        String text = pdfText(ROUTE.checklistPdf(MessagesI18nProvider.ENGLISH, RouteProfile.of(RouteTag.UNDER_27),
                Set.of()));

        assertThat(text).contains("Checklist: applying for bijstand", "Step 3: The application",
                "Statements of all your bank accounts");
        assertThat(text).doesNotContain("Step 6.2: You have debts", "Letters and bills from creditors");
    }

    private static String pdfText(byte[] pdf) throws IOException {
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
