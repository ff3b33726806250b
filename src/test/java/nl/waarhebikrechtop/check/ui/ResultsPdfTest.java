package nl.waarhebikrechtop.check.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import nl.waarhebikrechtop.KaribuTest;
import nl.waarhebikrechtop.check.CheckSession;
import nl.waarhebikrechtop.eligibility.Assessment;
import nl.waarhebikrechtop.eligibility.EligibilityService;
import nl.waarhebikrechtop.shared.i18n.MessagesI18nProvider;
import nl.waarhebikrechtop.shared.ui.PortalRoutes;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The PDF a resident takes away holds the answers, every scheme with its verdict, and the dates of the amounts. */
class ResultsPdfTest extends KaribuTest {

    @Autowired
    EligibilityService eligibility;

    @Test
    void the_pdf_lists_the_answers_the_schemes_and_the_dates_of_the_amounts_used() throws IOException {
        navigate(PortalRoutes.CHECK);
        new CheckJourney().singleParentWorkingInAssen();
        var answers = CheckSession.answers(VaadinSession.getCurrent());
        Assessment assessment = eligibility.evaluate(answers.toSituation(), LocalDate.of(2026, 3, 1));

        String text = text(ResultsPdf.pdf(answers, assessment, MessagesI18nProvider.DUTCH,
                (key, params) -> UI.getCurrent().getTranslation(MessagesI18nProvider.DUTCH, key, params)));

        assertThat(text).contains("Waar heb ik recht op? Uw uitkomst", "Hoe oud bent u?", "35 jaar", "€ 1.200,00",
                "Bijstand", "Kindpakket", "Meedoenpremie", "Zorgtoeslag", "Hier heeft u waarschijnlijk recht op",
                "Gebruikte bedragen en regels");
        assertThat(text).contains("bijstand.norm").contains("onder voorbehoud");
    }

    @Test
    void the_pdf_is_in_english_for_an_english_session() throws IOException {
        navigate(PortalRoutes.CHECK);
        useLanguage(Locale.ENGLISH);
        var answers = CheckSession.answers(VaadinSession.getCurrent());
        answers.livesIn = nl.waarhebikrechtop.eligibility.HomeMunicipality.ASSEN;
        answers.age = 40;
        Assessment assessment = eligibility.evaluate(answers.toSituation(), LocalDate.of(2026, 3, 1));

        String text = text(ResultsPdf.pdf(answers, assessment, Locale.ENGLISH,
                (key, params) -> UI.getCurrent().getTranslation(Locale.ENGLISH, key, params)));

        assertThat(text).contains("What am I entitled to? Your outcome", "Your answers", "How old are you?");
    }

    private static String text(byte[] pdf) throws IOException {
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
