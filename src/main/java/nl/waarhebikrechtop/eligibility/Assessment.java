package nl.waarhebikrechtop.eligibility;

import nl.waarhebikrechtop.content.LocalizedText;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;

/**
 * What the check found for one {@link Situation} on one date: plain data that a view, a PDF, an e-mail, the API
 * and a caseworker's screen render alike. All texts are in Dutch and English.
 *
 * @param date         the date the rules and amounts were taken from
 * @param municipality the municipality the schemes were scoped to
 * @param results      one result per scheme that applies to the municipality, municipal schemes first, then the
 *                     national pointers
 * @param notes        general remarks, e.g. for residents outside the three municipalities
 * @param household    what the rules worked out about the household, for features that explain it
 */
public record Assessment(LocalDate date, HomeMunicipality municipality, List<SchemeResult> results,
                         List<LocalizedText> notes, HouseholdFacts household) {

    public Assessment {
        results = List.copyOf(results);
        notes = List.copyOf(notes);
    }

    /** The result for a scheme id such as {@code bijstand}, or {@code null} when it was not assessed. */
    public @Nullable SchemeResult result(String schemeId) {
        for (SchemeResult result : results) {
            if (result.schemeId().equals(schemeId)) {
                return result;
            }
        }
        return null;
    }

    /** True when any result uses a value or scope that staff have not yet confirmed ("onder voorbehoud"). */
    public boolean subjectToConfirmation() {
        for (SchemeResult result : results) {
            if (result.subjectToConfirmation()) {
                return true;
            }
        }
        return false;
    }
}
