package nl.waarhebikrechtop.eligibility;

import nl.waarhebikrechtop.content.ParameterSource;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A rule's {@code reads()} decides which unconfirmed values make its result "onder voorbehoud", so it must name
 * every parameter the rule reads. A recording snapshot watches each rule evaluate many generated situations on
 * dates around the changes of norms and checks declared ⊇ read.
 */
class DeclaredReadsTest {

    private static final long SEED = 20261202L;
    private static final nl.waarhebikrechtop.content.ReasonTexts TEXTS =
            new nl.waarhebikrechtop.content.ReasonTexts(Engine.CONTENT);
    private static final List<LocalDate> DATES = List.of(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 9, 1),
            LocalDate.of(2026, 3, 1), LocalDate.of(2026, 9, 1), LocalDate.of(2028, 3, 1));

    @Test
    void every_parameter_a_rule_reads_is_in_its_declared_reads() {
        List<SchemeRule> rules = Engine.SERVICE.rules();
        Snapshots snapshots = new Snapshots(ParameterSource.load(Engine.CONTENT), rules);
        SituationGenerator random = new SituationGenerator(SEED);
        List<String> undeclared = new ArrayList<>();
        BitSet reads = new BitSet();
        int evaluations = 0;
        for (int i = 0; i < 2000; i++) {
            Situation situation = random.next();
            if (!Engine.SERVICE.validate(situation).isEmpty()) {
                continue;
            }
            for (LocalDate date : DATES) {
                Snapshot p = snapshots.on(date);
                Facts facts = new Facts(situation, p);
                for (SchemeRule rule : rules) {
                    reads.clear();
                    p.recordReads(reads);
                    rule.evaluate(facts, p, new Outcome(TEXTS));
                    p.recordReads(null);
                    evaluations++;
                    Set<Param> declared = EnumSet.noneOf(Param.class);
                    declared.addAll(rule.reads());
                    reads.stream().mapToObj(o -> Param.values()[o]).filter(param -> !declared.contains(param))
                            .map(param -> rule.schemeId() + " reads " + param.id() + " (seed " + SEED + ")")
                            .forEach(line -> {
                                if (!undeclared.contains(line)) {
                                    undeclared.add(line);
                                }
                            });
                }
            }
        }
        assertThat(evaluations).as("situations evaluated").isGreaterThan(10_000);
        assertThat(undeclared).as("parameters read but not declared in reads()").isEmpty();
    }
}
