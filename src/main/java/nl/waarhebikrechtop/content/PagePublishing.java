package nl.waarhebikrechtop.content;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import nl.waarhebikrechtop.account.AuditLog;
import nl.waarhebikrechtop.account.Role;
import nl.waarhebikrechtop.content.internal.ContentRevisionRepository;
import nl.waarhebikrechtop.content.internal.PageVersionEntity;
import nl.waarhebikrechtop.content.internal.PageVersionRepository;
import nl.waarhebikrechtop.shared.DutchTime;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * How staff change the text pages (privacy, accessibility statement, contact): an EDITOR writes a new version in
 * Dutch and English and offers it for review; a PUBLISHER other than its author publishes it, at once or at a chosen
 * moment, or sends it back with a note. A published version is never changed; rollback makes a new draft with the
 * old text. Roles and the four-eyes rule are checked here ({@link FourEyes}); every step is written to the audit log
 * (which page and what happened, never the text). The preview renders exactly as residents see the page.
 */
@Service
public class PagePublishing {

    /** The longest page body, in characters. */
    public static final int BODY_MAX_LENGTH = 100_000;
    /** The longest page title. */
    public static final int TITLE_MAX_LENGTH = 200;

    private final PageVersionRepository versions;
    private final ContentRevisionRepository revisions;
    private final PublishedPages published;
    private final ContentService content;
    private final PlainLanguage plainLanguage;
    private final FourEyes fourEyes;
    private final AuditLog audit;
    private final Clock clock;

    PagePublishing(PageVersionRepository versions, ContentRevisionRepository revisions, PublishedPages published,
                   ContentService content, FourEyes fourEyes, AuditLog audit, Clock clock) {
        this.versions = versions;
        this.revisions = revisions;
        this.published = published;
        this.content = content;
        this.plainLanguage = PlainLanguage.of(content.directory());
        this.fourEyes = fourEyes;
        this.audit = audit;
        this.clock = clock;
    }

    /** What the editor typed: both languages and why the page changes. */
    public record PageInput(String slug, PageVersion.Text nl, PageVersion.Text en, String changeNote) {
    }

    /**
     * One language of a page as residents would see it, and what the editor should know.
     *
     * @param html       the page as residents get it; empty when a placeholder cannot be filled in
     * @param removed    what the editor typed that residents will not see (HTML, images, unsafe links)
     * @param hints      B1 hints: long sentences and words, passive voice, jargon
     * @param problem    a message key when the text cannot be shown (e.g. an unknown placeholder), else null
     * @param missing    the language has no title or no text yet (a missing translation)
     */
    public record Preview(String html, List<MarkdownRenderer.Removed> removed, List<PlainLanguage.Hint> hints,
                          ChangeRefused.@Nullable Problem problem, boolean missing) {
    }

    /** One page for the list: the version residents get, and the change under way if any. */
    public record PageSummary(String slug, PageVersion inForce, @Nullable PageVersion underWay) {
    }

    /** A line of a comparison of two versions: unchanged, only in the older, or only in the newer. */
    public record DiffLine(Change change, String text) {
        public enum Change { SAME, REMOVED, ADDED }
    }

    /** Two versions compared, per language (title and body as lines). */
    public record Comparison(PageVersion older, PageVersion newer, List<DiffLine> nl, List<DiffLine> en) {
    }

    /** The pages staff can edit, in a fixed order. */
    @Transactional(readOnly = true)
    public List<PageSummary> pages() {
        List<PageSummary> pages = new ArrayList<>();
        for (String slug : ContentService.REQUIRED_PAGES) {
            PageVersion live = published.inForce(slug);
            PageVersion underWay = versions.findBySlugOrderByCreatedAtAsc(slug).stream()
                    .map(PageVersionEntity::toVersion)
                    .filter(v -> v.status() == ParameterChange.Status.DRAFT
                            || v.status() == ParameterChange.Status.IN_REVIEW)
                    .reduce((first, second) -> second).orElse(null);
            if (live != null) {
                pages.add(new PageSummary(slug, live, underWay));
            }
        }
        return pages;
    }

    /** The version residents get now; empty for a page that is not one of {@link ContentService#REQUIRED_PAGES}. */
    public Optional<PageVersion> inForce(String slug) {
        return Optional.ofNullable(published.inForce(slug));
    }

    /** The page in one language as it would look, without storing anything. */
    public Preview preview(String language, PageVersion.Text text) {
        String body = text.body() == null ? "" : text.body();
        boolean missing = body.isBlank() || text.title() == null || text.title().isBlank();
        List<PlainLanguage.Hint> hints = plainLanguage.hints(language, body);
        if (body.length() > BODY_MAX_LENGTH) {
            return new Preview("", List.of(), List.of(), new ChangeRefused.Problem("body." + language,
                    "pages.error.bodyTooLong", BODY_MAX_LENGTH, body.length()), missing);
        }
        try {
            MarkdownRenderer.Rendered rendered = content.renderPage(language, body);
            return new Preview(rendered.html(), rendered.removed(), hints, null, missing);
        } catch (IllegalArgumentException e) {
            return new Preview("", List.of(), hints, new ChangeRefused.Problem("body." + language,
                    "pages.error.placeholder", placeholderIn(e.getMessage())), missing);
        }
    }

    /** Stores a new draft; {@link ChangeRefused} lists every problem at once. Only for editors. */
    @Transactional
    public PageVersion draft(PageInput input) {
        String actor = fourEyes.actor(Role.EDITOR);
        String slug = slug(input.slug());
        check(input, false);
        PageVersionEntity row = new PageVersionEntity(slug, ParameterChange.Status.DRAFT, actor, clock.instant());
        fill(row, input);
        versions.saveAndFlush(row);
        audit.record(actor, "page.drafted", subject(row), null);
        return row.toVersion();
    }

    /** Changes the author's own draft, if nobody changed it since {@code version}. */
    @Transactional
    public PageVersion edit(UUID id, long version, PageInput input) {
        String actor = fourEyes.actor(Role.EDITOR);
        PageVersionEntity row = FourEyes.current(versions.findById(id), version);
        FourEyes.ownDraft(row, actor);
        check(input, false);
        fill(row, input);
        versions.saveAndFlush(row);
        audit.record(actor, "page.edited", subject(row), null);
        return row.toVersion();
    }

    /** The author offers the draft for review; both languages must be there. */
    @Transactional
    public PageVersion offerForReview(UUID id, long version) {
        String actor = fourEyes.actor(Role.EDITOR);
        PageVersionEntity row = FourEyes.current(versions.findById(id), version);
        FourEyes.ownDraft(row, actor);
        PageVersion draft = row.toVersion();
        check(new PageInput(draft.slug(), draft.nl(), draft.en(), draft.changeNote()), true);
        row.submitted(clock.instant());
        versions.saveAndFlush(row);
        audit.record(actor, "page.offered-for-review", subject(row), null);
        return row.toVersion();
    }

    /**
     * Publishes a version that waits for review, at once ({@code at} null) or at a later moment. Refused to its
     * author (four eyes), to anyone but a publisher, for a moment in the past and when it changed since
     * {@code version}. The page's earlier published version becomes superseded (it stays in force until the moment).
     */
    @Transactional
    public PageVersion publish(UUID id, long version, @Nullable Instant at) {
        String actor = fourEyes.actor(Role.PUBLISHER);
        PageVersionEntity row = FourEyes.current(versions.findById(id), version);
        FourEyes.reviewable(row, actor);
        Instant now = clock.instant();
        FourEyes.notInThePast(at, now);
        revisions.lockRevision();
        for (PageVersionEntity earlier : versions.findBySlugAndStatus(row.slug(), ParameterChange.Status.PUBLISHED)) {
            earlier.superseded();
        }
        Instant moment = at == null ? now : at;
        row.published(actor, now, moment);
        row.checkedOn(DutchTime.dateOf(moment));
        versions.saveAndFlush(row);
        revisions.raiseRevision();
        audit.record(actor, at == null ? "page.published" : "page.scheduled", subject(row),
                at == null ? null : "from " + at);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                published.reload();
            }
        });
        return row.toVersion();
    }

    /** Sends a version back to its author as a draft, with what the publisher wants changed. */
    @Transactional
    public PageVersion sendBack(UUID id, long version, String note) {
        String actor = fourEyes.actor(Role.PUBLISHER);
        PageVersionEntity row = FourEyes.current(versions.findById(id), version);
        FourEyes.reviewable(row, actor);
        row.sentBack(actor, clock.instant(), FourEyes.reviewNote(note));
        versions.saveAndFlush(row);
        audit.record(actor, "page.sent-back", subject(row), null);
        return row.toVersion();
    }

    /** Rollback: a new draft with the text of an earlier published version, reviewed like any other change. */
    @Transactional
    public PageVersion draftFrom(UUID publishedVersion) {
        String actor = fourEyes.actor(Role.EDITOR);
        PageVersion earlier = versions.findById(publishedVersion).map(PageVersionEntity::toVersion)
                .orElseThrow(() -> new ChangeRefused("form", "publishing.error.gone"));
        if (earlier.status() != ParameterChange.Status.PUBLISHED
                && earlier.status() != ParameterChange.Status.SUPERSEDED) {
            throw new ChangeRefused("form", "publishing.error.notPublished");
        }
        PageVersionEntity row = new PageVersionEntity(earlier.slug(), ParameterChange.Status.DRAFT, actor,
                clock.instant());
        row.fill(earlier.nl().title(), earlier.nl().body(), earlier.en().title(), earlier.en().body(),
                "Terug naar de versie van " + earlier.author() + ", gepubliceerd op "
                        + DateTimeFormatter.ofPattern("d-M-yyyy").format(DutchTime.dateOf(earlier.publishAt())));
        versions.saveAndFlush(row);
        audit.record(actor, "page.rolled-back", subject(row), "from version " + publishedVersion);
        return row.toVersion();
    }

    /** Every version of a page, oldest first. */
    @Transactional(readOnly = true)
    public List<PageVersion> history(String slug) {
        return versions.findBySlugOrderByCreatedAtAsc(slug).stream().map(PageVersionEntity::toVersion).toList();
    }

    @Transactional(readOnly = true)
    public Optional<PageVersion> find(UUID id) {
        return versions.findById(id).map(PageVersionEntity::toVersion);
    }

    /** Versions that wait for a publisher, oldest first. */
    @Transactional(readOnly = true)
    public List<PageVersion> waitingForReview() {
        return versions.findByStatusInOrderByCreatedAtAsc(List.of(ParameterChange.Status.IN_REVIEW)).stream()
                .map(PageVersionEntity::toVersion).toList();
    }

    /** Drafts, oldest first. */
    @Transactional(readOnly = true)
    public List<PageVersion> drafts() {
        return versions.findByStatusInOrderByCreatedAtAsc(List.of(ParameterChange.Status.DRAFT)).stream()
                .map(PageVersionEntity::toVersion).toList();
    }

    /** Published versions whose moment has not come yet, the soonest first. */
    @Transactional(readOnly = true)
    public List<PageVersion> scheduled() {
        return versions.findByStatusAndPublishAtAfterOrderByPublishAtAsc(ParameterChange.Status.PUBLISHED,
                clock.instant()).stream().map(PageVersionEntity::toVersion).toList();
    }

    /** Two versions of the same page compared line by line, the older first whatever the order asked. */
    @Transactional(readOnly = true)
    public Comparison compare(UUID a, UUID b) {
        PageVersion first = find(a).orElseThrow(() -> new ChangeRefused("form", "publishing.error.gone"));
        PageVersion second = find(b).orElseThrow(() -> new ChangeRefused("form", "publishing.error.gone"));
        if (!first.slug().equals(second.slug())) {
            throw new ChangeRefused("form", "pages.error.otherPage");
        }
        PageVersion older = first.createdAt().isAfter(second.createdAt()) ? second : first;
        PageVersion newer = older == first ? second : first;
        return new Comparison(older, newer, diff(older.nl(), newer.nl()), diff(older.en(), newer.en()));
    }

    static List<DiffLine> diff(PageVersion.Text older, PageVersion.Text newer) {
        List<String> before = lines(older);
        List<String> after = lines(newer);
        Patch<String> patch = DiffUtils.diff(before, after);
        List<DiffLine> result = new ArrayList<>();
        int position = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            for (; position < delta.getSource().getPosition(); position++) {
                result.add(new DiffLine(DiffLine.Change.SAME, before.get(position)));
            }
            delta.getSource().getLines().forEach(line -> result.add(new DiffLine(DiffLine.Change.REMOVED, line)));
            delta.getTarget().getLines().forEach(line -> result.add(new DiffLine(DiffLine.Change.ADDED, line)));
            position += delta.getSource().size();
        }
        for (; position < before.size(); position++) {
            result.add(new DiffLine(DiffLine.Change.SAME, before.get(position)));
        }
        return result;
    }

    private static List<String> lines(PageVersion.Text text) {
        List<String> lines = new ArrayList<>();
        lines.add("# " + text.title());
        lines.addAll(Arrays.asList(text.body().replace("\r\n", "\n").split("\n", -1)));
        return lines;
    }

    private void check(PageInput input, boolean complete) {
        List<ChangeRefused.Problem> problems = new ArrayList<>();
        for (String language : ContentService.LANGUAGES) {
            PageVersion.Text text = "en".equals(language) ? input.en() : input.nl();
            String title = text == null || text.title() == null ? "" : text.title().strip();
            String body = text == null || text.body() == null ? "" : text.body();
            boolean required = complete || "nl".equals(language);
            if (title.isEmpty() && required) {
                problems.add(new ChangeRefused.Problem("title." + language, complete && "en".equals(language)
                        ? "pages.error.translationMissing" : "pages.error.titleRequired"));
            } else if (title.length() > TITLE_MAX_LENGTH) {
                problems.add(new ChangeRefused.Problem("title." + language, "publishing.error.tooLong",
                        TITLE_MAX_LENGTH, title.length()));
            }
            if (body.isBlank() && required) {
                problems.add(new ChangeRefused.Problem("body." + language, complete && "en".equals(language)
                        ? "pages.error.translationMissing" : "pages.error.bodyRequired"));
            } else {
                ChangeRefused.Problem problem = preview(language, new PageVersion.Text(title, body)).problem();
                if (problem != null) {
                    problems.add(problem);
                }
            }
        }
        String note = FourEyes.blankToNull(input.changeNote());
        if (note == null) {
            problems.add(new ChangeRefused.Problem("changeNote", "pages.error.changeNoteRequired"));
        } else if (note.length() > FourEyes.NOTE_MAX_LENGTH) {
            problems.add(new ChangeRefused.Problem("changeNote", "publishing.error.tooLong", FourEyes.NOTE_MAX_LENGTH,
                    note.length()));
        }
        if (!problems.isEmpty()) {
            throw new ChangeRefused(problems);
        }
    }

    private static void fill(PageVersionEntity row, PageInput input) {
        row.fill(input.nl().title().strip(), input.nl().body(), input.en() == null || input.en().title() == null
                        ? "" : input.en().title().strip(), input.en() == null || input.en().body() == null
                        ? "" : input.en().body(), FourEyes.blankToNull(input.changeNote()));
    }

    private static String slug(String slug) {
        if (!ContentService.REQUIRED_PAGES.contains(slug)) {
            throw new ChangeRefused("slug", "pages.error.unknownPage", String.valueOf(slug));
        }
        return slug;
    }

    private static String placeholderIn(String message) {
        int open = message.indexOf("{{");
        return open < 0 ? message : message.substring(open);
    }

    private static String subject(PageVersionEntity row) {
        return "page:" + row.slug();
    }
}
