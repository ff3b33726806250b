package nl.waarhebikrechtop.eligibility;

import nl.waarhebikrechtop.content.LocalizedText;
import nl.waarhebikrechtop.content.SchemeText;
import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * A scheme's texts and the municipalities it exists in, with the notes for an unconfirmed scope and for residents
 * who are moving, built once at start-up.
 */
final class SchemeScope {

    private final SchemeText text;
    /** Per {@link HomeMunicipality} ordinal: null = no such scheme there, TRUE = confirmed, FALSE = unconfirmed. */
    private final @Nullable Boolean[] confirmed = new Boolean[HomeMunicipality.values().length];
    private final @Nullable LocalizedText[] unconfirmedNotes = new LocalizedText[HomeMunicipality.values().length];
    private final @Nullable LocalizedText[] movingNotes = new LocalizedText[HomeMunicipality.values().length];

    private SchemeScope(SchemeText text) {
        this.text = text;
        for (HomeMunicipality m : HomeMunicipality.values()) {
            confirmed[m.ordinal()] = text.national() ? Boolean.TRUE : text.municipalities().get(m.name());
            String name = m.displayName();
            unconfirmedNotes[m.ordinal()] = m == HomeMunicipality.ELSEWHERE ? null : new LocalizedText(
                    "Wij weten nog niet zeker of deze regeling in " + name + " precies zo werkt. Vraag het na bij "
                            + "het Werkplein Drentsche Aa.", "We are not yet sure this scheme works the same way in "
                            + name + ". Please ask the Werkplein Drentsche Aa.");
            movingNotes[m.ordinal()] = m == HomeMunicipality.ELSEWHERE ? null : new LocalizedText(
                    "U woont nog niet in " + name + ". U kunt dit aanvragen als u daar woont.",
                    "You do not live in " + name + " yet. You can apply once you live there.");
        }
    }

    static SchemeScope of(SchemeText text) {
        return new SchemeScope(text);
    }

    boolean appliesTo(HomeMunicipality municipality) {
        return confirmed[municipality.ordinal()] != null;
    }

    /** Caps the verdict for unconfirmed scopes and for residents who are moving; returns whether scope is confirmed. */
    boolean restrict(HomeMunicipality municipality, boolean moving, Outcome outcome) {
        if (text.national()) {
            return true;
        }
        boolean scopeConfirmed = confirmed[municipality.ordinal()];
        if (!scopeConfirmed) {
            outcome.capAt(Verdict.MAYBE);
            outcome.note(unconfirmedNotes[municipality.ordinal()]);
        }
        if (moving) {
            outcome.capAt(Verdict.MAYBE);
            outcome.note(movingNotes[municipality.ordinal()]);
        }
        return scopeConfirmed;
    }

    SchemeResult result(Outcome outcome, List<ParameterUse> uses, List<String> unconfirmed, boolean provisional) {
        return new SchemeResult(text.id(), text.name(), text.summary(), text.national(), outcome.verdict(),
                List.copyOf(outcome.reasons()), outcome.verdict() == Verdict.UNLIKELY ? null : outcome.estimate(),
                outcome.wouldQualifyIf(), text.nextSteps(),
                text.whatToBring(), text.link(), outcome.provisions(), uses, unconfirmed, provisional);
    }
}
