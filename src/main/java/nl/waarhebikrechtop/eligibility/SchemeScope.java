package nl.waarhebikrechtop.eligibility;

import nl.waarhebikrechtop.content.LocalizedText;
import nl.waarhebikrechtop.content.ReasonTexts;
import nl.waarhebikrechtop.content.SchemeText;
import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Map;

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

    private SchemeScope(SchemeText text, ReasonTexts texts) {
        this.text = text;
        for (HomeMunicipality m : HomeMunicipality.values()) {
            confirmed[m.ordinal()] = text.national() ? Boolean.TRUE : text.municipalities().get(m.name());
            String name = m.displayName();
            Map<String, String> where = Map.of("municipality", name);
            unconfirmedNotes[m.ordinal()] = m == HomeMunicipality.ELSEWHERE ? null
                    : texts.render("scope.unconfirmed", where);
            movingNotes[m.ordinal()] = m == HomeMunicipality.ELSEWHERE ? null : texts.render("scope.moving", where);
        }
    }

    static SchemeScope of(SchemeText text, ReasonTexts texts) {
        return new SchemeScope(text, texts);
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
