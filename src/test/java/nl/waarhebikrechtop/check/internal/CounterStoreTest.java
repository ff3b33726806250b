package nl.waarhebikrechtop.check.internal;

import nl.waarhebikrechtop.H2SpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The counters on H2 (its standard MERGE). */
@Transactional
class CounterStoreTest extends H2SpringTest implements CounterStoreContract {

    @Test
    void the_upsert_is_chosen_by_the_database_and_an_unknown_one_stops_the_start() {
        assertThat(CounterStore.upsertFor("PostgreSQL")).contains("ON CONFLICT (count_date, counter_name)");
        assertThat(CounterStore.upsertFor("H2")).startsWith("MERGE INTO anonymous_counter");
        assertThatThrownBy(() -> CounterStore.upsertFor("MySQL")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("MySQL");
    }
}
