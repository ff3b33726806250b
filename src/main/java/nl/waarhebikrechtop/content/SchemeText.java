package nl.waarhebikrechtop.content;

import java.util.List;
import java.util.Map;

/**
 * The texts of one scheme from {@code content/schemes/<id>.yaml}, in Dutch and English.
 *
 * @param id             the scheme id, equal to the file name, e.g. {@code bijstand}
 * @param national       true for national schemes the check only points to
 * @param municipalities for municipal schemes: per municipality (ASSEN, AA_EN_HUNZE, TYNAARLO) whether it is
 *                       confirmed that the scheme exists there ({@code false}: shown "onder voorbehoud"); a
 *                       municipality not listed does not have the scheme. Empty for national schemes.
 * @param name           the scheme's name
 * @param summary        what it is, in one or two sentences
 * @param link           where to read more or apply
 * @param source         where the facts in the texts come from
 * @param nextSteps      what to do next
 * @param whatToBring    papers to bring or upload
 */
public record SchemeText(String id, boolean national, Map<String, Boolean> municipalities, LocalizedText name,
                         LocalizedText summary, String link, String source, List<LocalizedText> nextSteps,
                         List<LocalizedText> whatToBring) {

    public SchemeText {
        municipalities = municipalities == null ? Map.of() : Map.copyOf(municipalities);
        nextSteps = nextSteps == null ? List.of() : List.copyOf(nextSteps);
        whatToBring = whatToBring == null ? List.of() : List.copyOf(whatToBring);
    }
}
