package nl.waarhebikrechtop.eligibility;

import nl.waarhebikrechtop.content.DatedValue;
import nl.waarhebikrechtop.content.Parameter;
import nl.waarhebikrechtop.content.ParameterSource;
import nl.waarhebikrechtop.content.Unit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One {@link Snapshot} per interval between the parameters' change dates, built at start-up. Finding the snapshot
 * for a date is a binary search without allocation.
 */
final class Snapshots {

    private final LocalDate[] starts;
    private final Snapshot[] snapshots;

    Snapshots(ParameterSource source, List<SchemeRule> rules) {
        Parameter[] parameters = new Parameter[Param.values().length];
        for (Param param : Param.values()) {
            Parameter parameter = source.parameter(param.id());
            if (parameter.unit() != param.unit()) {
                throw new IllegalStateException("parameter " + param.id() + " must have unit "
                        + param.unit().name().toLowerCase() + " but " + parameter.file() + " says "
                        + parameter.unit().name().toLowerCase());
            }
            parameters[param.ordinal()] = parameter;
        }
        List<LocalDate> dates = source.changeDates();
        starts = dates.toArray(LocalDate[]::new);
        snapshots = new Snapshot[starts.length + 1];
        // Index 0: before the first change date; every parameter then uses its first value, flagged unconfirmed.
        snapshots[0] = build(parameters, starts[0], true, rules);
        for (int i = 0; i < starts.length; i++) {
            snapshots[i + 1] = build(parameters, starts[i], false, rules);
        }
    }

    Snapshot on(LocalDate date) {
        int low = 0;
        int high = starts.length - 1;
        int found = -1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (starts[mid].compareTo(date) <= 0) {
                found = mid;
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return snapshots[found + 1];
    }

    @SuppressWarnings("unchecked")
    private static Snapshot build(Parameter[] parameters, LocalDate date, boolean beforeAll, List<SchemeRule> rules) {
        long[] values = new long[parameters.length];
        ParameterUse[] uses = new ParameterUse[parameters.length];
        for (int i = 0; i < parameters.length; i++) {
            DatedValue value = parameters[i].valueOn(date);
            boolean inForce = !beforeAll && !value.effectiveFrom().isAfter(date);
            values[i] = toLong(parameters[i].unit(), value.value());
            uses[i] = new ParameterUse(parameters[i].id(), value.effectiveFrom(), value.confirmed() && inForce);
        }
        Snapshot snapshot = new Snapshot(date, values, uses);
        List<ParameterUse>[] perRule = new List[rules.size()];
        List<String>[] unconfirmed = new List[rules.size()];
        for (int r = 0; r < rules.size(); r++) {
            List<ParameterUse> ruleUses = new ArrayList<>();
            List<String> ruleUnconfirmed = new ArrayList<>();
            for (Param param : rules.get(r).reads()) {
                ParameterUse use = uses[param.ordinal()];
                ruleUses.add(use);
                if (!use.confirmed()) {
                    ruleUnconfirmed.add(use.id());
                }
            }
            perRule[r] = List.copyOf(ruleUses);
            unconfirmed[r] = List.copyOf(ruleUnconfirmed);
        }
        snapshot.precomputeRuleUses(perRule, unconfirmed);
        return snapshot;
    }

    private static long toLong(Unit unit, BigDecimal value) {
        if (unit.money() || unit == Unit.PERCENT) {
            return value.movePointRight(2).longValueExact();
        }
        return value.longValueExact();
    }
}
