package nl.waarhebikrechtop.route;

import java.util.List;

/**
 * A step as one resident should see it: whether it is meant for them, and which tips apply.
 *
 * @param tipsForYou tips for the resident's situations, to show open and highlighted
 * @param otherTips  the remaining tips, to show collapsed
 */
public record PersonalisedStep(RouteStep step, RouteStep.Text text, Relevance relevance, List<RouteStep.Tip> tipsForYou,
                               List<RouteStep.Tip> otherTips) {

    public enum Relevance {
        /** The step is for everyone, or nothing is known about the resident. */
        GENERAL,
        /** The step is meant for a situation the resident is in. */
        FOR_YOU,
        /** The step is meant for situations the resident is not in: shown collapsed. */
        NOT_FOR_YOU
    }
}
