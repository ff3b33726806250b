package nl.waarhebikrechtop.check;

import nl.waarhebikrechtop.check.internal.CounterStore;
import nl.waarhebikrechtop.eligibility.Assessment;
import nl.waarhebikrechtop.eligibility.SchemeResult;
import nl.waarhebikrechtop.shared.DutchTime;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

/**
 * Counts completed checks and the verdict per scheme per day, for staff. Nothing personal is stored: no answers,
 * no session, no address — only "on this date, N checks, M times 'likely' for the Kindpakket".
 */
@Service
public class AnonymousCounters {

    public static final String COMPLETED = "checks.completed";

    private final CounterStore store;
    private final Clock clock;

    AnonymousCounters(CounterStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Counts one completed check with its verdicts. */
    @Transactional
    public void checkCompleted(Assessment assessment) {
        LocalDate today = DutchTime.today(clock);
        store.increment(today, COMPLETED);
        for (SchemeResult result : assessment.results()) {
            store.increment(today, "verdict." + result.schemeId() + "." + result.verdict().name().toLowerCase());
        }
    }

    /** The counters of a day, by name. */
    @Transactional(readOnly = true)
    public Map<String, Long> on(LocalDate date) {
        return store.on(date);
    }

    /** The counters added up over a period (both days included), by name. */
    @Transactional(readOnly = true)
    public Map<String, Long> between(LocalDate from, LocalDate to) {
        return store.between(from, to);
    }
}
