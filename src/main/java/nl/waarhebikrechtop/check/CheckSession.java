package nl.waarhebikrechtop.check;

import com.vaadin.flow.server.VaadinSession;
import nl.waarhebikrechtop.eligibility.Situation;

import java.util.Optional;

/**
 * The resident's answers, kept in their own session only (the check is anonymous: nothing goes to the database).
 * Other features — the route walkthrough, applications — read the resident's {@link Situation} from here.
 */
public final class CheckSession {

    private CheckSession() {
    }

    /** The answers of this session, created empty on first use. */
    public static CheckAnswers answers(VaadinSession session) {
        CheckAnswers answers = session.getAttribute(CheckAnswers.class);
        if (answers == null) {
            answers = new CheckAnswers();
            session.setAttribute(CheckAnswers.class, answers);
        }
        return answers;
    }

    /** The situation of a finished check in this session, if the resident has done one. */
    public static Optional<Situation> completedSituation(VaadinSession session) {
        CheckAnswers answers = session.getAttribute(CheckAnswers.class);
        return answers != null && answers.complete() ? Optional.of(answers.toSituation()) : Optional.empty();
    }

    /** Forgets the answers: "start again". */
    public static void clear(VaadinSession session) {
        session.setAttribute(CheckAnswers.class, null);
    }
}
