package nl.waarhebikrechtop.content;

import nl.waarhebikrechtop.account.CurrentUser;
import nl.waarhebikrechtop.account.Role;
import nl.waarhebikrechtop.account.SignedInUser;
import nl.waarhebikrechtop.content.internal.ReviewedVersion;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Optional;

/**
 * The steps every kind of content takes on its way to residents, checked the same way for each: an EDITOR writes and
 * changes their own drafts and offers them for review; a PUBLISHER other than the author publishes or sends back.
 * Each step hands back the version it saw, so that two people changing the same thing are told, not overwritten.
 */
@Component
class FourEyes {

    /** The longest note or reason. */
    static final int NOTE_MAX_LENGTH = 1000;

    private final CurrentUser user;

    FourEyes(CurrentUser user) {
        this.user = user;
    }

    /** The signed-in user's name, if they have the role. */
    String actor(Role role) {
        SignedInUser signedIn = user.get().orElseThrow(() -> new ChangeRefused("form", "publishing.error.role"));
        if (!signedIn.hasRole(role)) {
            throw new ChangeRefused("form", "publishing.error.role");
        }
        return signedIn.username();
    }

    /** The row, if nobody changed it since the version the user saw. */
    static <T extends ReviewedVersion> T current(Optional<T> found, long version) {
        T row = found.orElseThrow(() -> new ChangeRefused("form", "publishing.error.gone"));
        if (row.version() != version) {
            throw new ChangeRefused("form", "publishing.error.changedMeanwhile");
        }
        return row;
    }

    /** Only the author changes or offers a draft. */
    static void ownDraft(ReviewedVersion row, String actor) {
        if (row.status() != ParameterChange.Status.DRAFT || !row.author().equals(actor)) {
            throw new ChangeRefused("form", "publishing.error.notYourDraft");
        }
    }

    /** Waiting for review, and not by its author. */
    static void reviewable(ReviewedVersion row, String actor) {
        if (row.status() != ParameterChange.Status.IN_REVIEW) {
            throw new ChangeRefused("form", "publishing.error.notInReview");
        }
        if (row.author().equals(actor)) {
            throw new ChangeRefused("form", "publishing.error.ownChange");
        }
    }

    /** A publication moment is now (null) or later. */
    static void notInThePast(@Nullable Instant at, Instant now) {
        if (at != null && at.isBefore(now)) {
            throw new ChangeRefused("publishAt", "publishing.error.publishAtPast");
        }
    }

    /** What a publisher says when sending a change back: required, at most {@link #NOTE_MAX_LENGTH} characters. */
    static String reviewNote(@Nullable String note) {
        String text = note == null ? "" : note.strip();
        if (text.isEmpty()) {
            throw new ChangeRefused("reviewNote", "publishing.error.reviewNoteRequired");
        }
        if (text.length() > NOTE_MAX_LENGTH) {
            throw new ChangeRefused("reviewNote", "publishing.error.tooLong", NOTE_MAX_LENGTH, text.length());
        }
        return text;
    }

    static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
