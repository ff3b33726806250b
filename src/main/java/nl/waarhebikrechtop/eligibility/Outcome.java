package nl.waarhebikrechtop.eligibility;

import nl.waarhebikrechtop.content.LocalizedText;
import nl.waarhebikrechtop.content.ReasonTexts;
import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Collects what a rule found for one scheme. Each condition is met, unknown or not met; the verdict is the least
 * favourable of them: one "not met" gives UNLIKELY, otherwise one "unknown" gives MAYBE.
 */
final class Outcome {

    private Verdict verdict = Verdict.LIKELY;
    private final List<LocalizedText> reasons = new ArrayList<>(6);
    private @Nullable Estimate estimate;
    private @Nullable LocalizedText wouldQualifyIf;
    private List<ProvisionMatch> provisions = List.of();
    private final ReasonTexts texts;

    Outcome(ReasonTexts texts) {
        this.texts = texts;
    }

    /** The text of a reason key from {@code content/reasons/}, in Dutch and English. */
    LocalizedText text(String key, Map<String, ?> args) {
        return texts.render(key, args);
    }

    LocalizedText text(String key) {
        return texts.render(key, Map.of());
    }

    /** A condition that is met. */
    void met(LocalizedText text) {
        reasons.add(text);
    }

    /** A condition that is unknown or a judgement call: at most MAYBE. */
    void unknown(LocalizedText text) {
        verdict = verdict.atMost(Verdict.MAYBE);
        reasons.add(text);
    }

    /** A condition that is clearly not met: UNLIKELY. */
    void notMet(LocalizedText text) {
        verdict = Verdict.UNLIKELY;
        reasons.add(text);
    }

    /** A remark that does not change the verdict. */
    void note(LocalizedText text) {
        reasons.add(text);
    }

    void capAt(Verdict cap) {
        verdict = verdict.atMost(cap);
    }

    void estimate(Estimate value) {
        estimate = value;
    }

    void wouldQualifyIf(@Nullable LocalizedText text) {
        if (wouldQualifyIf == null) {
            wouldQualifyIf = text;
        }
    }

    void provisions(List<ProvisionMatch> matches) {
        provisions = matches;
    }

    Verdict verdict() {
        return verdict;
    }

    List<LocalizedText> reasons() {
        return reasons;
    }

    @Nullable Estimate estimate() {
        return estimate;
    }

    @Nullable LocalizedText wouldQualifyIf() {
        return wouldQualifyIf;
    }

    List<ProvisionMatch> provisions() {
        return provisions;
    }
}
