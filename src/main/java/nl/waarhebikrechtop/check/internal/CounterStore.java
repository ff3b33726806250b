package nl.waarhebikrechtop.check.internal;

import nl.waarhebikrechtop.check.AnonymousCounters;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import javax.sql.DataSource;
import java.sql.DatabaseMetaData;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The {@code anonymous_counter} table, for {@link AnonymousCounters}. Counts by name, sorted by name. */
@Repository
public class CounterStore {

    /**
     * The increment is the one native statement here, on purpose. Many checks end at the same moment and count the
     * same names, so the row must be created or raised in one atomic statement: a read followed by an insert (or
     * an update, then an insert, then on a duplicate key an update again) races, and on PostgreSQL the duplicate key
     * error aborts the whole transaction, so there is no second try. JPA has no upsert; each database has its own.
     */
    private static final String POSTGRESQL_UPSERT = """
            INSERT INTO anonymous_counter (count_date, counter_name, occurrences) VALUES (?, ?, 1)
            ON CONFLICT (count_date, counter_name) DO UPDATE SET occurrences = anonymous_counter.occurrences + 1""";
    /** H2 (development and tests) has the standard MERGE; H2's own MERGE ... KEY can only replace a value. */
    private static final String H2_UPSERT = """
            MERGE INTO anonymous_counter c
            USING (VALUES (CAST(? AS DATE), CAST(? AS VARCHAR(100)))) AS n (count_date, counter_name)
            ON c.count_date = n.count_date AND c.counter_name = n.counter_name
            WHEN MATCHED THEN UPDATE SET occurrences = c.occurrences + 1
            WHEN NOT MATCHED THEN INSERT (count_date, counter_name, occurrences) VALUES (n.count_date, n.counter_name, 1)""";

    private final CounterRepository counters;
    private final JdbcClient jdbc;
    private final String upsert;

    CounterStore(CounterRepository counters, JdbcClient jdbc, DataSource dataSource) {
        this.counters = counters;
        this.jdbc = jdbc;
        this.upsert = upsertFor(databaseProduct(dataSource));
    }

    /**
     * Counts one occurrence. Through JdbcClient, in the caller's transaction: Spring JDBC hands the date to the driver
     * as a LocalDate, so it is the same date whatever the JVM's zone.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void increment(LocalDate date, String name) {
        jdbc.sql(upsert).params(date, name).update();
    }

    @Transactional(readOnly = true)
    public Map<String, Long> on(LocalDate date) {
        return byName(counters.on(date));
    }

    /** The counters added up over a period, both days included. */
    @Transactional(readOnly = true)
    public Map<String, Long> between(LocalDate from, LocalDate to) {
        return byName(counters.between(from, to));
    }

    static String upsertFor(String databaseProduct) {
        return switch (databaseProduct) {
            case "PostgreSQL" -> POSTGRESQL_UPSERT;
            case "H2" -> H2_UPSERT;
            default -> throw new IllegalStateException("No counter upsert for the database " + databaseProduct
                    + ": the portal runs on PostgreSQL or H2");
        };
    }

    private static String databaseProduct(DataSource dataSource) {
        try {
            return JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
        } catch (MetaDataAccessException e) {
            throw new IllegalStateException("Cannot tell which database holds the counters", e);
        }
    }

    private static Map<String, Long> byName(List<CounterTotal> totals) {
        Map<String, Long> result = new TreeMap<>();
        totals.forEach(total -> result.put(total.name(), total.occurrences()));
        return result;
    }
}
