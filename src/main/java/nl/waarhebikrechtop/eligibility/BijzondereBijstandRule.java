package nl.waarhebikrechtop.eligibility;

import nl.waarhebikrechtop.content.LocalizedText;

import java.util.List;

/**
 * Bijzondere bijstand for special, necessary costs. Up to the income limit the costs can be paid; above it the
 * Werkplein calculates what the household can pay itself (draagkracht), so a higher income gives MAYBE, not "no".
 */
final class BijzondereBijstandRule implements SchemeRule {

    private static final LocalizedText DRAAGKRACHT = new LocalizedText("Boven de grens rekent het Werkplein uit wat u "
            + "zelf kunt betalen. Soms krijgt u dan toch een deel vergoed.", "Above the limit the Werkplein works out "
            + "what you can pay yourself. You may still get part of the costs.");
    private static final LocalizedText SPECIAL_COSTS = new LocalizedText("Het gaat om bijzondere kosten die echt "
            + "nodig zijn en die u niet zelf kunt betalen.", "It is about special costs that are really necessary and "
            + "that you cannot pay yourself.");

    @Override
    public String schemeId() {
        return "bijzondere-bijstand";
    }

    @Override
    public List<Param> reads() {
        return List.of(Param.LIMIT_BIJZONDERE_BIJSTAND, Param.NORM_SINGLE, Param.NORM_COUPLE, Param.NORM_SINGLE_AOW,
                Param.NORM_COUPLE_AOW, Param.UNCONFIRMED_MARGIN);
    }

    @Override
    public void evaluate(Facts f, Snapshot p, Outcome out) {
        boolean within = IncomeTest.atMost(f, p, Param.LIMIT_BIJZONDERE_BIJSTAND, out, Verdict.MAYBE);
        if (!within && f.incomeComplete) {
            out.note(DRAAGKRACHT);
        }
        out.note(SPECIAL_COSTS);
    }
}
