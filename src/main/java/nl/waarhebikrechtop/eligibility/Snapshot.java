package nl.waarhebikrechtop.eligibility;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * All parameter values in force during one interval between change dates, converted once to longs so that a rule
 * reads a value with an array lookup. Also holds, per rule, the parameter uses it reports.
 */
final class Snapshot {

    private final LocalDate from;
    private final long[] values;
    private final ParameterUse[] uses;
    private List<ParameterUse>[] usesPerRule;
    private List<String>[] unconfirmedPerRule;
    private final ConcurrentHashMap<Function<Snapshot, ?>, Object> cache = new ConcurrentHashMap<>();
    /** Only in the test that checks the rules' {@code reads()}: the parameters read, by ordinal. Never set in use. */
    private java.util.@org.jspecify.annotations.Nullable BitSet recorder;

    Snapshot(LocalDate from, long[] values, ParameterUse[] uses) {
        this.from = from;
        this.values = values;
        this.uses = uses;
    }

    /** The first day of the interval (for the interval before any value: the first change date). */
    LocalDate from() {
        return from;
    }

    /** Cents for euros, basis points for percentages, counts for years, months and weeks. */
    long get(Param param) {
        if (recorder != null) {
            recorder.set(param.ordinal());
        }
        return values[param.ordinal()];
    }

    /** A count (years, months, weeks) as an int. */
    int count(Param param) {
        return (int) get(param);
    }

    /**
     * Records every parameter read from now on into {@code reads} (null stops recording), and bypasses the cache so
     * that cached texts record what they read too. For a test on a snapshot of its own, never on a shared one.
     */
    void recordReads(java.util.@org.jspecify.annotations.Nullable BitSet reads) {
        recorder = reads;
    }

    ParameterUse use(Param param) {
        return uses[param.ordinal()];
    }

    void precomputeRuleUses(List<ParameterUse>[] uses, List<String>[] unconfirmed) {
        this.usesPerRule = uses;
        this.unconfirmedPerRule = unconfirmed;
    }

    List<ParameterUse> usesOfRule(int rule) {
        return usesPerRule[rule];
    }

    List<String> unconfirmedOfRule(int rule) {
        return unconfirmedPerRule[rule];
    }

    /**
     * A value that depends only on the parameters (e.g. a sentence with an age limit), built once per snapshot.
     * Pass a {@code static final} function: it is the cache key.
     */
    @SuppressWarnings("unchecked")
    <T> T cached(Function<Snapshot, T> builder) {
        if (recorder != null) {
            return builder.apply(this);
        }
        Object value = cache.get(builder);
        if (value == null) {
            value = builder.apply(this);
            Object earlier = cache.putIfAbsent(builder, value);
            if (earlier != null) {
                value = earlier;
            }
        }
        return (T) value;
    }
}
