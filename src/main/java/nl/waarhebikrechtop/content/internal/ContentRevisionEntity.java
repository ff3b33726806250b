package nl.waarhebikrechtop.content.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The one row of {@code content_revision}: raised by every publication, watched by every instance. */
@Entity
@Table(name = "content_revision")
class ContentRevisionEntity {

    @Id
    int id;
    long revision;

    protected ContentRevisionEntity() {
        // for Hibernate
    }
}
