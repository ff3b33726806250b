package nl.waarhebikrechtop.check;

import nl.waarhebikrechtop.eligibility.Assessment;
import nl.waarhebikrechtop.eligibility.SchemeResult;
import nl.waarhebikrechtop.shared.DutchTime;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts completed checks and the verdict per scheme per day, for staff. Nothing personal is stored: no answers,
 * no session, no address — only "on this date, N checks, M times 'likely' for the Kindpakket".
 */
@Service
public class AnonymousCounters {

    public static final String COMPLETED = "checks.completed";

    private final JdbcClient jdbc;
    private final Clock clock;

    public AnonymousCounters(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Counts one completed check with its verdicts. */
    @Transactional
    public void checkCompleted(Assessment assessment) {
        LocalDate today = DutchTime.today(clock);
        increment(today, COMPLETED);
        for (SchemeResult result : assessment.results()) {
            increment(today, "verdict." + result.schemeId() + "." + result.verdict().name().toLowerCase());
        }
    }

    /** The counters of a day, by name. */
    @Transactional(readOnly = true)
    public Map<String, Long> on(LocalDate date) {
        Map<String, Long> result = new TreeMap<>();
        jdbc.sql("SELECT counter_name, occurrences FROM anonymous_counter WHERE count_date = ?")
                .param(date).query((rs, n) -> result.put(rs.getString(1), rs.getLong(2))).list();
        return result;
    }

    /** The counters added up over a period (both days included), by name. */
    @Transactional(readOnly = true)
    public Map<String, Long> between(LocalDate from, LocalDate to) {
        Map<String, Long> result = new TreeMap<>();
        jdbc.sql("SELECT counter_name, SUM(occurrences) FROM anonymous_counter WHERE count_date BETWEEN ? AND ? "
                        + "GROUP BY counter_name")
                .params(from, to).query((rs, n) -> result.put(rs.getString(1), rs.getLong(2))).list();
        return result;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void increment(LocalDate date, String name) {
        String update = "UPDATE anonymous_counter SET occurrences = occurrences + 1 WHERE count_date = ? AND counter_name = ?";
        if (jdbc.sql(update).params(date, name).update() == 0) {
            try {
                jdbc.sql("INSERT INTO anonymous_counter (count_date, counter_name, occurrences) VALUES (?, ?, 1)")
                        .params(date, name).update();
            } catch (DuplicateKeyException raced) {
                jdbc.sql(update).params(date, name).update();
            }
        }
    }
}
