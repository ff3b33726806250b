package nl.waarhebikrechtop.api;

import nl.waarhebikrechtop.content.LocalizedText;
import nl.waarhebikrechtop.eligibility.Assessment;
import nl.waarhebikrechtop.eligibility.HomeMunicipality;
import nl.waarhebikrechtop.eligibility.SchemeResult;

import java.time.LocalDate;
import java.util.List;

/**
 * The answer of {@code POST /api/v1/checks}: the engine's {@link Assessment} as plain data, every text in Dutch and
 * English ({@code {"nl": ..., "en": ...}}).
 *
 * @param date                  the date whose rules and amounts were used
 * @param municipality          the municipality the schemes were scoped to
 * @param subjectToConfirmation true when any result uses a value or scope staff have not confirmed
 * @param results               one result per scheme: municipal schemes first, then the national pointers
 * @param notes                 general remarks, e.g. for residents outside the three municipalities
 */
public record CheckResponse(LocalDate date, HomeMunicipality municipality, boolean subjectToConfirmation,
                            List<SchemeResult> results, List<LocalizedText> notes) {

    static CheckResponse of(Assessment assessment) {
        return new CheckResponse(assessment.date(), assessment.municipality(), assessment.subjectToConfirmation(),
                assessment.results(), assessment.notes());
    }
}
