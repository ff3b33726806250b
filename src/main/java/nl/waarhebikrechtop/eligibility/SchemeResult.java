package nl.waarhebikrechtop.eligibility;

import nl.waarhebikrechtop.content.LocalizedText;
import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * The check's answer for one scheme.
 *
 * @param schemeId              stable id, e.g. {@code bijstand}, {@code meedoenpremie}, {@code kindpakket}
 * @param name                  the scheme's name
 * @param summary               one or two sentences on what the scheme is
 * @param national              true for national schemes (the check only points to them, it does not decide)
 * @param verdict               likely / maybe / unlikely
 * @param reasons               each condition checked, with the figures used, in plain language
 * @param estimate              the estimated amount and period; {@code null} when there is none or the verdict is
 *                              UNLIKELY
 * @param wouldQualifyIf        what would change the answer, e.g. the income gap; {@code null} when nothing small
 * @param nextSteps             what to do next
 * @param whatToBring           papers to bring or upload when applying
 * @param link                  where to read more or apply
 * @param provisions            for the Kindpakket: the partner provisions that fit the children; empty otherwise
 * @param parametersUsed        the dated values this scheme's rule reads, with the date each took effect
 * @param unconfirmedParameters ids of the values this rule reads that staff have not confirmed, or that were not
 *                              yet in force on the date
 * @param subjectToConfirmation true when a value used or the scheme's scope in this municipality is not confirmed:
 *                              show the result as "onder voorbehoud"
 */
public record SchemeResult(
        String schemeId,
        LocalizedText name,
        LocalizedText summary,
        boolean national,
        Verdict verdict,
        List<LocalizedText> reasons,
        @Nullable Estimate estimate,
        @Nullable LocalizedText wouldQualifyIf,
        List<LocalizedText> nextSteps,
        List<LocalizedText> whatToBring,
        String link,
        List<ProvisionMatch> provisions,
        List<ParameterUse> parametersUsed,
        List<String> unconfirmedParameters,
        boolean subjectToConfirmation) {
}
