package nl.waarhebikrechtop.api;

import nl.waarhebikrechtop.content.LocalizedText;
import nl.waarhebikrechtop.content.SchemeText;
import nl.waarhebikrechtop.eligibility.HomeMunicipality;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A scheme as {@code GET /api/v1/schemes} lists it.
 *
 * @param id          stable id, as in the {@code schemeId} of a check result
 * @param national    true for national schemes: the check only points to them
 * @param scope       per municipality whether the scheme exists there and whether staff have confirmed that
 * @param name        the scheme's name
 * @param summary     what it is
 * @param link        where to read more or apply
 * @param source      where the facts in the texts come from
 * @param nextSteps   what to do next
 * @param whatToBring papers to bring or upload
 */
public record SchemeJson(String id, boolean national, Map<HomeMunicipality, Scope> scope, LocalizedText name,
                         LocalizedText summary, String link, String source, List<LocalizedText> nextSteps,
                         List<LocalizedText> whatToBring) {

    /** Whether a scheme exists in a municipality. */
    public enum Scope {
        /** It exists there and staff have confirmed it. */
        CONFIRMED,
        /** It probably exists there; results are shown "onder voorbehoud". */
        UNCONFIRMED,
        /** It does not exist there. */
        NOT_OFFERED
    }

    static SchemeJson of(SchemeText text) {
        Map<HomeMunicipality, Scope> scope = new TreeMap<>();
        for (HomeMunicipality municipality : HomeMunicipality.values()) {
            scope.put(municipality, scopeIn(text, municipality));
        }
        return new SchemeJson(text.id(), text.national(), scope, text.name(), text.summary(), text.link(),
                text.source(), text.nextSteps(), text.whatToBring());
    }

    private static Scope scopeIn(SchemeText text, HomeMunicipality municipality) {
        if (text.national()) {
            return Scope.CONFIRMED;
        }
        Boolean confirmed = text.municipalities().get(municipality.name());
        if (confirmed == null) {
            return Scope.NOT_OFFERED;
        }
        return confirmed ? Scope.CONFIRMED : Scope.UNCONFIRMED;
    }
}
