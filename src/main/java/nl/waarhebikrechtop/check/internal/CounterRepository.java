package nl.waarhebikrechtop.check.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.time.LocalDate;
import java.util.List;

/** Reads the counters as {@link CounterTotal} projections, so no counter entity is held in the persistence context. */
interface CounterRepository extends JpaRepository<Counter, Counter.Key> {

    @Query("""
            select new nl.waarhebikrechtop.check.internal.CounterTotal(c.key.name, c.occurrences)
            from Counter c where c.key.date = :date""")
    List<CounterTotal> on(LocalDate date);

    @Query("""
            select new nl.waarhebikrechtop.check.internal.CounterTotal(c.key.name, sum(c.occurrences))
            from Counter c where c.key.date between :from and :to group by c.key.name""")
    List<CounterTotal> between(LocalDate from, LocalDate to);
}
