package nl.waarhebikrechtop.schuldhulp.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import nl.waarhebikrechtop.schuldhulp.GkbReferral;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import nl.waarhebikrechtop.shared.AssignedIdEntity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A row of {@code gkb_referral}; read as a {@link GkbReferral}.
 * <p>
 * The migration made the id a VARCHAR(36) and the times TIMESTAMP without a zone, holding UTC. Hence the id is a
 * UUID mapped as text, and the times are instants mapped as plain TIMESTAMP: Hibernate then writes and reads them
 * through {@code hibernate.jdbc.time_zone=UTC}, so they stay UTC whatever the JVM's zone (a LocalDateTime would be
 * shifted by the JVM's zone on its way through java.sql.Timestamp). The visit date is a LocalDate passed to the
 * driver as it is: through java.sql.Date and that same UTC setting it would move a day in a JVM whose zone is not UTC.
 */
@Entity
@Table(name = "gkb_referral")
class Referral extends AssignedIdEntity<UUID> {

    @Id
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private UUID id;
    @Column(name = "created_at")
    @JdbcTypeCode(SqlTypes.TIMESTAMP)
    private Instant createdAt;
    private String name;
    private String phone;
    @Column(name = "preferred_time")
    @Enumerated(EnumType.STRING)
    private GkbReferral.PreferredTime preferredTime;
    @Column(name = "consent_at")
    @JdbcTypeCode(SqlTypes.TIMESTAMP)
    private Instant consentAt;
    @Column(name = "visit_due")
    @JdbcTypeCode(SqlTypes.LOCAL_DATE)
    private LocalDate visitDue;
    @Enumerated(EnumType.STRING)
    private GkbReferral.Status status;

    protected Referral() {
        // for Hibernate
    }

    Referral(GkbReferral referral, Instant consentAt) {
        this.id = referral.id();
        this.createdAt = referral.createdAt();
        this.name = referral.name();
        this.phone = referral.phone();
        this.preferredTime = referral.preferredTime();
        this.consentAt = consentAt;
        this.visitDue = referral.visitDue();
        this.status = referral.status();
    }

    void contacted() {
        status = GkbReferral.Status.CONTACTED;
    }

    @Override
    public UUID getId() {
        return id;
    }

    GkbReferral toReferral() {
        return new GkbReferral(id, createdAt, name, phone, preferredTime, visitDue, status);
    }
}
