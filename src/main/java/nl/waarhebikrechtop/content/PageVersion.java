package nl.waarhebikrechtop.content;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One version of a text page (privacy, accessibility statement, contact) in Dutch and English, as staff edit, review
 * and publish it.
 *
 * @param checkedOn  the day the text was last checked, shown under the page; null when not known
 * @param changeNote what the editor changed and why
 * @param reviewNote what the publisher said when sending it back; null when nothing was said
 * @param publishAt  when it reaches residents (it may be scheduled); null until it is published
 * @param version    for optimistic locking: a step hands back the version it saw
 */
public record PageVersion(UUID id, String slug, Text nl, Text en, @Nullable LocalDate checkedOn,
                          @Nullable String changeNote, ParameterChange.Status status, String author, Instant createdAt,
                          @Nullable Instant submittedAt, @Nullable String reviewer, @Nullable Instant reviewedAt,
                          @Nullable String reviewNote, @Nullable Instant publishAt, long version) {

    /** A page's title and Markdown body in one language. */
    public record Text(String title, String body) {
    }

    public Text text(String language) {
        return "en".equals(language) ? en : nl;
    }

    /** Published and reaching residents at that moment (not merely scheduled). */
    public boolean liveAt(Instant moment) {
        return (status == ParameterChange.Status.PUBLISHED || status == ParameterChange.Status.SUPERSEDED)
                && publishAt != null && !publishAt.isAfter(moment);
    }
}
