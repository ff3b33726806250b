package nl.waarhebikrechtop.eligibility;

import nl.waarhebikrechtop.content.ContentProperties;
import nl.waarhebikrechtop.content.KindpakketCatalogue;
import nl.waarhebikrechtop.content.ParameterSource;
import nl.waarhebikrechtop.content.SchemeCatalogue;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Time to evaluate all schemes for one household, on one thread. Run with
 * {@code ./mvnw -Pbench test-compile exec:exec} (see the bench profile in pom.xml).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class EvaluateBenchmark {

    private EligibilityService service;
    private Situation familyWithChildren;
    private Situation singleWithCostSharer;
    private final LocalDate date = LocalDate.of(2025, 9, 1);

    @Setup
    public void setUp() {
        ContentProperties content = new ContentProperties(Path.of("content"));
        service = new EligibilityService(ParameterSource.load(content), new SchemeCatalogue(content),
                new KindpakketCatalogue(content), new nl.waarhebikrechtop.content.ReasonTexts(content));
        familyWithChildren = new Situation(HomeMunicipality.ASSEN, false, 35, new Situation.Partner(33),
                List.of(new Situation.Child(8, School.PRIMARY), new Situation.Child(13, School.SECONDARY)), List.of(),
                Income.fromWork(new BigDecimal("1480.00")), new BigDecimal("2000.00"), Answer.NO, Answer.YES,
                Answer.NO, 40, new BigDecimal("750.00"), Answer.NO);
        singleWithCostSharer = new Situation(HomeMunicipality.TYNAARLO, false, 45, null, List.of(),
                List.of(new Situation.Housemate(30, Relation.FRIEND)), Income.fromBenefit(new BigDecimal("400.00")),
                new BigDecimal("500.00"), Answer.NO, Answer.NO, Answer.YES, null, null, Answer.NO);
    }

    @Benchmark
    public Assessment typicalFamilyWithTwoSchoolChildren() {
        return service.evaluate(familyWithChildren, date);
    }

    @Benchmark
    public Assessment singleWithACostSharer() {
        return service.evaluate(singleWithCostSharer, date);
    }
}
