package nl.waarhebikrechtop.check.ui;

import nl.waarhebikrechtop.check.CheckAnswers;
import nl.waarhebikrechtop.eligibility.Answer;

import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The order of the questionnaire's screens, and which of them can matter for the answers given so far: a screen
 * that cannot matter (the rent for a home owner) is skipped. Indexes refer to {@link #STEPS}; -1 is the summary.
 */
final class CheckFlow {

    static final int SUMMARY = -1;

    record Step(Supplier<Screen> screen, Predicate<CheckAnswers> applies) {
        Step(Supplier<Screen> screen) {
            this(screen, answers -> true);
        }
    }

    static final List<Step> STEPS = List.of(
            new Step(PlaceScreen::new),
            new Step(HouseholdScreen::new),
            new Step(ChildrenScreen::new),
            new Step(HousematesScreen::new),
            new Step(IncomeScreen::new),
            new Step(AssetsScreen::new),
            new Step(() -> new YesNoScreen("debts", a -> a.debts, (a, v) -> a.debts = v)),
            new Step(BenefitsScreen::new),
            new Step(RentScreen::new, answers -> answers.ownHome != Answer.YES));

    private CheckFlow() {
    }

    static Screen build(int index) {
        return STEPS.get(index).screen().get();
    }

    /** A screen that applies to the answers, with its index in {@link #STEPS}. */
    record Applicable(int index, Screen screen) {
    }

    /** The screens that apply to these answers, in order, each built fresh: for the summary and the PDF. */
    static List<Applicable> applicable(CheckAnswers answers) {
        List<Applicable> result = new java.util.ArrayList<>(STEPS.size());
        for (int i = 0; i < STEPS.size(); i++) {
            if (applies(i, answers)) {
                result.add(new Applicable(i, build(i)));
            }
        }
        return result;
    }

    static boolean applies(int index, CheckAnswers answers) {
        return STEPS.get(index).applies().test(answers);
    }

    /** The next applicable screen after {@code index}, or {@link #SUMMARY} after the last. */
    static int next(int index, CheckAnswers answers) {
        for (int i = index + 1; i < STEPS.size(); i++) {
            if (applies(i, answers)) {
                return i;
            }
        }
        return SUMMARY;
    }

    static int previous(int index, CheckAnswers answers) {
        int from = index == SUMMARY ? STEPS.size() : index;
        for (int i = from - 1; i >= 0; i--) {
            if (applies(i, answers)) {
                return i;
            }
        }
        return 0;
    }

    /** 1-based position of a screen among the applicable ones (the summary last), and their count. */
    static int[] position(int index, CheckAnswers answers) {
        int position = 0;
        int total = 0;
        for (int i = 0; i < STEPS.size(); i++) {
            if (applies(i, answers)) {
                total++;
                if (i <= index) {
                    position++;
                }
            }
        }
        return new int[]{index == SUMMARY ? total + 1 : position, total + 1};
    }
}
