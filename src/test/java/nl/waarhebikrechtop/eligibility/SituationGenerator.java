package nl.waarhebikrechtop.eligibility;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.random.RandomGenerator;

/**
 * Random valid situations from a seed: the same seed always gives the same situation, so a failing property can
 * be replayed. About one answer in ten is "weet ik niet".
 */
final class SituationGenerator {

    private final RandomGenerator random;

    SituationGenerator(long seed) {
        this.random = new Random(seed);
    }

    Situation next() {
        int age = between(Situation.MIN_AGE, 95);
        List<Situation.Child> children = new ArrayList<>();
        int childCount = chance(40) ? between(1, 4) : 0;
        for (int i = 0; i < childCount; i++) {
            children.add(child(age));
        }
        List<Situation.Housemate> housemates = new ArrayList<>();
        int mates = chance(25) ? between(1, 3) : 0;
        for (int i = 0; i < mates; i++) {
            housemates.add(new Situation.Housemate(chance(10) ? null : between(0, 95), pick(Relation.values())));
        }
        return new Situation(pick(HomeMunicipality.values()), chance(10), age,
                chance(50) ? new Situation.Partner(chance(10) ? null : between(16, 95)) : null,
                children, housemates,
                new Income(amount(3000), amount(2500), amount(800), amount(500)),
                chance(10) ? null : chance(80) ? euros(between(0, 20_000_00)) : euros(between(0, 300_000_00)),
                pick(Answer.values()), pick(Answer.values()), pick(Answer.values()),
                chance(20) ? null : between(0, 120), chance(20) ? null : euros(between(0, 1500_00)),
                chance(70) ? Answer.NO : pick(Answer.values()));
    }

    Situation.Child child(int parentAge) {
        return new Situation.Child(between(0, Math.max(0, Math.min(parentAge - 1, 30))), pick(School.values()));
    }

    /** A monthly amount up to {@code maxEuros}; often zero, sometimes unknown. */
    private BigDecimal amount(int maxEuros) {
        if (chance(10)) {
            return null;
        }
        return chance(40) ? BigDecimal.ZERO : euros(between(0, maxEuros * 100));
    }

    int between(int lowInclusive, int highInclusive) {
        return lowInclusive + random.nextInt(highInclusive - lowInclusive + 1);
    }

    boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    static BigDecimal euros(long cents) {
        return BigDecimal.valueOf(cents, 2);
    }
}
