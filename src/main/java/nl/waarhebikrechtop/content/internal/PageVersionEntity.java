package nl.waarhebikrechtop.content.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import nl.waarhebikrechtop.content.PageVersion;
import nl.waarhebikrechtop.content.ParameterChange;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;

/** A row of {@code page_version}: one version of a text page, in both languages. */
@Entity
@Table(name = "page_version")
public class PageVersionEntity extends ReviewedVersion {

    String slug;
    @Column(name = "title_nl")
    String titleNl;
    @Column(name = "body_nl")
    String bodyNl;
    @Column(name = "title_en")
    String titleEn;
    @Column(name = "body_en")
    String bodyEn;
    @Column(name = "checked_on")
    @JdbcTypeCode(SqlTypes.LOCAL_DATE)
    @Nullable LocalDate checkedOn;

    protected PageVersionEntity() {
        // for Hibernate
    }

    /** A new draft, or (published at once) a page imported from the content files. */
    public PageVersionEntity(String slug, ParameterChange.Status status, String author, Instant createdAt) {
        super(status, author, createdAt);
        this.slug = slug;
    }

    /** Sets what the editor typed; only for drafts (the service checks). */
    public void fill(String titleNl, String bodyNl, String titleEn, String bodyEn, @Nullable String changeNote) {
        this.titleNl = titleNl;
        this.bodyNl = bodyNl;
        this.titleEn = titleEn;
        this.bodyEn = bodyEn;
        this.changeNote = changeNote;
    }

    /** The day the text was last checked. */
    public void checkedOn(@Nullable LocalDate day) {
        checkedOn = day;
    }

    public String slug() {
        return slug;
    }

    public PageVersion toVersion() {
        return new PageVersion(id, slug, new PageVersion.Text(titleNl, bodyNl), new PageVersion.Text(titleEn, bodyEn),
                checkedOn, changeNote, status, author, createdAt, submittedAt, reviewer, reviewedAt, reviewNote,
                publishAt, version);
    }
}
