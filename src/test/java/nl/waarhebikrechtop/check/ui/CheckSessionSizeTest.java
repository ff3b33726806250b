package nl.waarhebikrechtop.check.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import nl.waarhebikrechtop.KaribuTest;
import nl.waarhebikrechtop.check.CheckAnswers;
import nl.waarhebikrechtop.check.CheckSession;
import nl.waarhebikrechtop.shared.ui.PortalRoutes;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.Serializable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What one resident's check keeps on the server: the answers in the session and the page (UI) on the results,
 * measured as their serialized size — the form in which a session is stored or replicated. The figure is printed
 * for the notes; the bound only catches a gross regression (e.g. an entity list or an Assessment kept per UI).
 */
class CheckSessionSizeTest extends KaribuTest {

    @Test
    void a_finished_check_keeps_little_in_the_session() throws IOException {
        navigate("privacy");
        int emptyPageBytes = serializedSize(UI.getCurrent());
        navigate(PortalRoutes.CHECK);
        int firstScreenBytes = serializedSize(UI.getCurrent());
        new CheckJourney().choose("In welke gemeente woont u?", "Assen").next()
                .type("Hoe oud bent u?", "35").choose("Bent u getrouwd of woont u samen?", "Nee").next()
                .type("Hoeveel kinderen wonen er bij u?", "2")
                .type("Leeftijd", 1, "7").select("Naar welke school gaat dit kind?", 1, "Basisschool")
                .type("Leeftijd", 2, "13").select("Naar welke school gaat dit kind?", 2, "Middelbare school (voortgezet onderwijs)")
                .next().type("Hoeveel andere volwassenen wonen er bij u?", "0").next()
                .type("Loon of winst uit werk", "0").type("Uitkering of pensioen", "1.369,06")
                .type("Alimentatie voor uzelf", "0").type("Ander inkomen", "0").next()
                .type("Hoeveel spaargeld en bezit heeft u samen?", "300").choose("Heeft u een eigen huis?", "Nee").next()
                .choose("Heeft u schulden?", "Nee").next()
                .choose("Krijgt u nu bijstand?", "Ja").type("Hoe lang heeft u al een laag inkomen? In maanden", "48").next()
                .type("Hoeveel huur betaalt u per maand?", "650").next().click("Bekijk de uitkomst");

        CheckAnswers answers = CheckSession.answers(VaadinSession.getCurrent());
        int answersBytes = serializedSize(answers);
        int uiBytes = serializedSize(UI.getCurrent());
        System.out.printf("session size: answers %d bytes; UI on the results page %d bytes; on the first question %d bytes;"
                + " on the privacy page %d bytes%n", answersBytes, uiBytes, firstScreenBytes, emptyPageBytes);

        assertThat(answersBytes).isLessThan(4 * 1024);
        assertThat(uiBytes).as("the whole page of a finished check, layout included").isLessThan(150 * 1024);
        assertThat(uiBytes - emptyPageBytes).as("what the results add to a page").isLessThan(100 * 1024);
    }

    private static int serializedSize(Serializable value) throws IOException {
        // What a real server keeps after answering the browser: the changes waiting to be sent are gone by then.
        UI.getCurrent().getInternals().getStateTree().collectChanges(change -> { });
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        // Spring services referenced by views are shared singletons, not session memory: left out of the count.
        try (ObjectOutputStream out = new ObjectOutputStream(bytes) {
            {
                enableReplaceObject(true);
            }

            @Override
            protected Object replaceObject(Object obj) {
                return obj instanceof Serializable ? obj : null;
            }
        }) {
            out.writeObject(value);
        }
        return bytes.size();
    }
}
