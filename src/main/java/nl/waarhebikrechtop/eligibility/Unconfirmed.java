package nl.waarhebikrechtop.eligibility;

/**
 * Keeps a verdict from being a firm "no" when it rests on a value staff have not confirmed (a norm or limit carried
 * over because the new one was not found) and the household lies just above it. The margin is the dated parameter
 * {@code general.unconfirmed_margin}; rules that call this must list it in {@link SchemeRule#reads()}.
 */
final class Unconfirmed {

    private Unconfirmed() {
    }

    /**
     * For an amount that failed a limit: true when one of the values behind {@code limit} is unconfirmed on the
     * snapshot's date and {@code amount} is above (or at) the limit by at most the margin, so the real limit may
     * well be that much higher.
     */
    static boolean justAbove(Snapshot p, long amount, long limit, Param... behindLimit) {
        if (amount > limit + Money.percentOf(limit, p.get(Param.UNCONFIRMED_MARGIN))) {
            return false;
        }
        for (Param param : behindLimit) {
            if (!p.use(param).confirmed()) {
                return true;
            }
        }
        return false;
    }
}
