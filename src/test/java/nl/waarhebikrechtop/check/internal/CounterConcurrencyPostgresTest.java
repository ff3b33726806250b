package nl.waarhebikrechtop.check.internal;

import nl.waarhebikrechtop.PostgresSpringTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks finishing at the same moment on PostgreSQL: every increment counts, none fails, although all threads
 * start on a counter that does not exist yet. Each increment commits in its own transaction, as in the portal;
 * the rows are removed afterwards.
 */
class CounterConcurrencyPostgresTest extends PostgresSpringTest {

    private static final int THREADS = 8;
    private static final int INCREMENTS_PER_THREAD = 25;

    @Autowired CounterStore store;
    @Autowired TransactionTemplate transaction;
    @Autowired JdbcClient jdbc;

    private final LocalDate date = LocalDate.of(2026, 3, 2);
    private final String prefix = "test.concurrent." + UUID.randomUUID() + ".";

    @AfterEach
    void removeCounters() {
        jdbc.sql("DELETE FROM anonymous_counter WHERE counter_name LIKE ?").param(prefix + "%").update();
    }

    @Test
    void concurrent_increments_of_new_and_existing_counters_all_count() throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                done.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < INCREMENTS_PER_THREAD; i++) {
                        transaction.executeWithoutResult(status -> {
                            store.increment(date, prefix + "completed");
                            store.increment(date, prefix + "verdict");
                        });
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> future : done) {
                future.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        Map<String, Long> counted = store.on(date);
        assertThat(counted).containsEntry(prefix + "completed", (long) THREADS * INCREMENTS_PER_THREAD)
                .containsEntry(prefix + "verdict", (long) THREADS * INCREMENTS_PER_THREAD);
    }
}
