package nl.waarhebikrechtop.check.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.LocalDate;

/**
 * A row of {@code anonymous_counter}: how often something was counted on a date. Read only through projections
 * ({@link CounterTotal}); written only by {@link CounterStore#increment}'s upsert, never through Hibernate.
 */
@Entity
@Immutable
@Table(name = "anonymous_counter")
class Counter {

    /**
     * The date is handed to the driver as a LocalDate: through java.sql.Date and {@code hibernate.jdbc.time_zone=UTC}
     * it would move a day in a JVM whose zone is not UTC.
     */
    @Embeddable
    record Key(@Column(name = "count_date") @JdbcTypeCode(SqlTypes.LOCAL_DATE) LocalDate date,
               @Column(name = "counter_name") String name) {
    }

    @EmbeddedId
    private Key key;
    private long occurrences;

    protected Counter() {
        // for Hibernate
    }
}
