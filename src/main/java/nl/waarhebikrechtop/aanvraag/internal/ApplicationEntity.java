package nl.waarhebikrechtop.aanvraag.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import nl.waarhebikrechtop.aanvraag.ApplicationStatus;
import nl.waarhebikrechtop.aanvraag.ContactDetails;
import nl.waarhebikrechtop.aanvraag.Scheme;
import nl.waarhebikrechtop.eligibility.Verdict;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * A row of {@code application} with its choices. Only {@link ApplicationStore} sees it; it maps it to and from the
 * {@link nl.waarhebikrechtop.aanvraag.Application} record in one place.
 */
@Entity
@Table(name = "application")
class ApplicationEntity {

    @Id
    UUID id;
    @Version
    long version;
    @Nullable String reference;
    @Enumerated(EnumType.STRING)
    Scheme scheme;
    @Enumerated(EnumType.STRING)
    ApplicationStatus status;
    String locale;
    @Column(name = "situation_json")
    String situationJson;
    @Column(name = "assessment_json")
    @Nullable String assessmentJson;
    @Enumerated(EnumType.STRING)
    @Column(name = "verdict_at_submit")
    @Nullable Verdict verdictAtSubmit;
    @Column(name = "contact_name")
    @Nullable String contactName;
    @Column(name = "contact_street")
    @Nullable String contactStreet;
    @Column(name = "contact_postcode")
    @Nullable String contactPostcode;
    @Column(name = "contact_place")
    @Nullable String contactPlace;
    /** Handed to the driver as a LocalDate: through java.sql.Date it would shift a day outside UTC (see Counter). */
    @Column(name = "contact_birth_date")
    @JdbcTypeCode(SqlTypes.LOCAL_DATE)
    @Nullable LocalDate contactBirthDate;
    @Column(name = "contact_email")
    @Nullable String contactEmail;
    @Column(name = "contact_phone")
    @Nullable String contactPhone;
    @Column(name = "contact_iban")
    @Nullable String contactIban;
    @Column(name = "created_at")
    Instant createdAt;
    @Column(name = "updated_at")
    Instant updatedAt;
    @Column(name = "submitted_at")
    @Nullable Instant submittedAt;
    @Column(name = "reminder_sent_at")
    @Nullable Instant reminderSentAt;
    @Column(name = "decision_note")
    @Nullable String decisionNote;
    @Column(name = "decided_at")
    @Nullable Instant decidedAt;

    @ElementCollection
    @CollectionTable(name = "application_choice", joinColumns = @JoinColumn(name = "application_id"))
    Set<ChoiceValue> choices = new HashSet<>();

    protected ApplicationEntity() {
        // for Hibernate
    }

    ApplicationEntity(UUID id, Scheme scheme, Instant createdAt) {
        this.id = id;
        this.scheme = scheme;
        this.status = ApplicationStatus.DRAFT;
        this.createdAt = createdAt;
    }

    ContactDetails contact() {
        return new ContactDetails(contactName, contactStreet, contactPostcode, contactPlace, contactBirthDate,
                contactEmail, contactPhone, contactIban);
    }

    void contact(ContactDetails c) {
        contactName = c.name();
        contactStreet = c.street();
        contactPostcode = c.postcode();
        contactPlace = c.place();
        contactBirthDate = c.birthDate();
        contactEmail = c.email();
        contactPhone = c.phone();
        contactIban = c.iban();
    }
}
