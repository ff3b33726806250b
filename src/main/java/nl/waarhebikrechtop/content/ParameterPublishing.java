package nl.waarhebikrechtop.content;

import nl.waarhebikrechtop.account.AuditLog;
import nl.waarhebikrechtop.account.Role;
import nl.waarhebikrechtop.content.internal.ParameterValueEntity;
import nl.waarhebikrechtop.content.internal.ContentRevisionRepository;
import nl.waarhebikrechtop.content.internal.ParameterValueRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * How staff change a parameter's dated values: an EDITOR writes a new value as a draft and offers it for review; a
 * PUBLISHER other than its author publishes it, at once or at a chosen moment, or sends it back with a note. A
 * published value is never changed: a wrong one is corrected by a new version for the same date, with a reason.
 * Roles and the four-eyes rule are checked here, not only in the views. Every step is written to the audit log
 * (which value and what happened, never the notes). What an editor types comes back with the problems found, so
 * nothing is lost: see {@link ChangeRefused}.
 */
@Service
public class ParameterPublishing {

    /** The longest note, reason or source address. */
    public static final int TEXT_MAX_LENGTH = FourEyes.NOTE_MAX_LENGTH;
    private static final Pattern DUTCH_NUMBER = Pattern.compile("-?\\d{1,3}(\\.\\d{3})*(,\\d+)?|-?\\d+(,\\d+)?");
    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private final ParameterValueRepository values;
    private final ContentRevisionRepository revisions;
    private final PublishedParameters published;
    private final AuditLog audit;
    private final FourEyes fourEyes;
    private final Clock clock;
    private final ImpactCheck impacts;

    ParameterPublishing(ParameterValueRepository values, ContentRevisionRepository revisions,
                        PublishedParameters published, AuditLog audit, FourEyes fourEyes, Clock clock,
                        ImpactCheck impacts) {
        this.impacts = impacts;
        this.values = values;
        this.revisions = revisions;
        this.published = published;
        this.audit = audit;
        this.fourEyes = fourEyes;
        this.clock = clock;
    }

    /**
     * A new value as the editor typed it.
     *
     * @param amount        as typed: "2094,98", "1.234,56" or "2094.98"
     * @param correction    the editor says this corrects a value of the same date, or adds one before the newest
     * @param changeNote    why the value changes; required for a correction
     */
    public record ValueInput(String parameterId, String amount, @Nullable LocalDate effectiveFrom, String source,
                             boolean confirmed, @Nullable LocalDate lastChecked, String note, boolean correction,
                             String changeNote) {
    }

    /** Stores a new draft; {@link ChangeRefused} lists every problem at once. Only for editors. */
    @Transactional
    public ParameterChange draft(ValueInput input) {
        String actor = actor(Role.EDITOR);
        Parameter parameter = parameter(input.parameterId());
        Checked checked = check(parameter, input);
        ParameterValueEntity row = new ParameterValueEntity(parameter.id(), ParameterChange.Status.DRAFT, actor,
                clock.instant());
        checked.fill(row);
        values.saveAndFlush(row);
        audit.record(actor, "parameter-value.drafted", subject(row), null);
        return row.toChange();
    }

    /** Changes the author's own draft, if nobody changed it since {@code version}. */
    @Transactional
    public ParameterChange edit(UUID id, long version, ValueInput input) {
        String actor = actor(Role.EDITOR);
        ParameterValueEntity row = row(id, version);
        FourEyes.ownDraft(row, actor);
        check(parameter(row.parameterId()), input).fill(row);
        values.saveAndFlush(row);
        audit.record(actor, "parameter-value.edited", subject(row), null);
        return row.toChange();
    }

    /**
     * Rollback: a new draft with the content of an earlier published version, marked as a correction of its date,
     * reviewed like any other change. Only for editors.
     */
    @Transactional
    public ParameterChange draftFrom(UUID publishedVersion) {
        String actor = actor(Role.EDITOR);
        ParameterValueEntity old = values.findById(publishedVersion)
                .orElseThrow(() -> new ChangeRefused("form", "publishing.error.gone"));
        ParameterChange earlier = old.toChange();
        if (earlier.status() != ParameterChange.Status.PUBLISHED && earlier.status() != ParameterChange.Status.SUPERSEDED) {
            throw new ChangeRefused("form", "publishing.error.notPublished");
        }
        ParameterValueEntity row = new ParameterValueEntity(earlier.parameterId(), ParameterChange.Status.DRAFT, actor,
                clock.instant());
        row.fill(earlier.effectiveFrom(), earlier.amount(), earlier.confirmed(), earlier.source(),
                earlier.lastChecked(), earlier.note(), true, "Terug naar de versie van " + earlier.author()
                        + ", gepubliceerd op " + java.time.format.DateTimeFormatter.ofPattern("d-M-yyyy")
                        .format(nl.waarhebikrechtop.shared.DutchTime.dateOf(earlier.publishAt())));
        values.saveAndFlush(row);
        audit.record(actor, "parameter-value.rolled-back", subject(row), "from version " + publishedVersion);
        return row.toChange();
    }

    /** The author offers the draft for review by a publisher. */
    @Transactional
    public ParameterChange offerForReview(UUID id, long version) {
        String actor = actor(Role.EDITOR);
        ParameterValueEntity row = row(id, version);
        FourEyes.ownDraft(row, actor);
        row.submitted(clock.instant());
        values.saveAndFlush(row);
        audit.record(actor, "parameter-value.offered-for-review", subject(row), null);
        return row.toChange();
    }

    /** {@link #publish(UUID, long, Instant, String)} without an acknowledgement: refused when a scenario breaks. */
    @Transactional
    public ParameterChange publish(UUID id, long version, @Nullable Instant at) {
        return publish(id, version, at, null);
    }

    /**
     * Publishes a value that waits for review, at once ({@code at} null) or at a later moment. Refused to its author
     * (four eyes), to anyone but a publisher, for a moment in the past, when it changed since {@code version}, and,
     * when it makes scenarios of {@code content/scenarios/} fail, without the publisher's reason
     * ({@code acknowledgement}), which is kept with the version. A published value of the same parameter and date
     * becomes superseded.
     */
    @Transactional
    public ParameterChange publish(UUID id, long version, @Nullable Instant at, @Nullable String acknowledgement) {
        String actor = actor(Role.PUBLISHER);
        ParameterValueEntity row = row(id, version);
        FourEyes.reviewable(row, actor);
        Instant now = clock.instant();
        FourEyes.notInThePast(at, now);
        int broken = impacts.impactOf(row.toChange()).broken().size();
        String reason = blankToNull(acknowledgement);
        if (broken > 0 && reason == null) {
            throw new ChangeRefused("acknowledgement", "publishing.error.acknowledgementRequired", broken);
        }
        if (reason != null && reason.length() > TEXT_MAX_LENGTH) {
            throw new ChangeRefused("acknowledgement", "publishing.error.tooLong", TEXT_MAX_LENGTH, reason.length());
        }
        revisions.lockRevision();
        for (ParameterValueEntity earlier : values.findByParameterIdAndEffectiveFromAndStatus(row.parameterId(),
                row.effectiveFrom(), ParameterChange.Status.PUBLISHED)) {
            earlier.superseded();
        }
        row.published(actor, now, at == null ? now : at, broken > 0 ? reason : null);
        values.saveAndFlush(row);
        revisions.raiseRevision();
        audit.record(actor, at == null ? "parameter-value.published" : "parameter-value.scheduled", subject(row),
                at == null ? null : "from " + at);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                published.reload();
            }
        });
        return row.toChange();
    }

    /** Sends a value back to its author as a draft, with what the publisher wants changed. */
    @Transactional
    public ParameterChange sendBack(UUID id, long version, String note) {
        String actor = actor(Role.PUBLISHER);
        ParameterValueEntity row = row(id, version);
        FourEyes.reviewable(row, actor);
        String text = FourEyes.reviewNote(note);
        row.sentBack(actor, clock.instant(), text);
        values.saveAndFlush(row);
        audit.record(actor, "parameter-value.sent-back", subject(row), null);
        return row.toChange();
    }

    /** What publishing this version would change in the scenarios (the impact preview). */
    @Transactional(readOnly = true)
    public ImpactCheck.Impact impact(UUID id) {
        return impacts.impactOf(values.findById(id).orElseThrow(() -> new ChangeRefused("form", "publishing.error.gone"))
                .toChange());
    }

    /** What waits for a publisher, oldest first. */
    @Transactional(readOnly = true)
    public List<ParameterChange> waitingForReview() {
        return changes(ParameterChange.Status.IN_REVIEW);
    }

    /** Published values that come into force later (scheduled), the soonest first. */
    @Transactional(readOnly = true)
    public List<ParameterChange> scheduled() {
        return values.findByStatusAndPublishAtAfterOrderByPublishAtAsc(ParameterChange.Status.PUBLISHED,
                clock.instant()).stream().map(ParameterValueEntity::toChange).toList();
    }

    /** Drafts, oldest first (with the publisher's note when one was sent back). */
    @Transactional(readOnly = true)
    public List<ParameterChange> drafts() {
        return changes(ParameterChange.Status.DRAFT);
    }

    /** Every version of a parameter's values, by date and then by when it was written. */
    @Transactional(readOnly = true)
    public List<ParameterChange> history(String parameterId) {
        return values.findByParameterIdOrderByEffectiveFromAscCreatedAtAsc(parameterId).stream()
                .map(ParameterValueEntity::toChange).toList();
    }

    /** One version, e.g. for the review screen. */
    @Transactional(readOnly = true)
    public java.util.Optional<ParameterChange> find(UUID id) {
        return values.findById(id).map(ParameterValueEntity::toChange);
    }

    /** The value residents get now for that parameter and date, to show beside a proposed one; null when none. */
    public @Nullable DatedValue inForce(String parameterId, LocalDate date) {
        Parameter parameter = published.parameter(parameterId);
        DatedValue value = parameter.valueOn(date);
        return value.effectiveFrom().isAfter(date) ? null : value;
    }

    private List<ParameterChange> changes(ParameterChange.Status status) {
        return values.findByStatusInOrderByCreatedAtAsc(List.of(status)).stream().map(ParameterValueEntity::toChange)
                .toList();
    }

    private ParameterValueEntity row(UUID id, long version) {
        return FourEyes.current(values.findById(id), version);
    }

    private String actor(Role role) {
        return fourEyes.actor(role);
    }

    private Parameter parameter(String id) {
        try {
            return published.parameter(id);
        } catch (IllegalArgumentException e) {
            throw new ChangeRefused("parameterId", "publishing.error.unknownParameter", String.valueOf(id));
        }
    }

    private static String subject(ParameterValueEntity row) {
        return "parameter:" + row.parameterId() + "@" + row.effectiveFrom();
    }

    /** What was typed, checked and converted. */
    private record Checked(LocalDate effectiveFrom, BigDecimal amount, boolean confirmed, @Nullable String source,
                           @Nullable LocalDate lastChecked, @Nullable String note, boolean correction,
                           @Nullable String changeNote) {
        void fill(ParameterValueEntity row) {
            row.fill(effectiveFrom, amount, confirmed, source, lastChecked, note, correction, changeNote);
        }
    }

    private Checked check(Parameter parameter, ValueInput input) {
        List<ChangeRefused.Problem> problems = new ArrayList<>();
        BigDecimal amount = amount(parameter.unit(), input.amount(), problems);
        LocalDate today = nl.waarhebikrechtop.shared.DutchTime.today(clock);
        LocalDate date = input.effectiveFrom();
        String changeNote = blankToNull(input.changeNote());
        if (date == null) {
            problems.add(new ChangeRefused.Problem("effectiveFrom", "publishing.error.dateRequired"));
        } else {
            LocalDate newest = parameter.newest().effectiveFrom();
            boolean sameDate = parameter.values().stream().anyMatch(v -> v.effectiveFrom().equals(date));
            if ((sameDate || date.isBefore(newest)) && !input.correction()) {
                problems.add(new ChangeRefused.Problem("effectiveFrom", sameDate ? "publishing.error.dateTaken"
                        : "publishing.error.dateBeforeNewest", newest));
            }
        }
        if (input.correction() && changeNote == null) {
            problems.add(new ChangeRefused.Problem("changeNote", "publishing.error.reasonRequired"));
        }
        String source = blankToNull(input.source());
        if (source != null && !isWebAddress(source)) {
            problems.add(new ChangeRefused.Problem("source", "publishing.error.sourceNotAddress"));
        }
        if (input.confirmed() && source == null) {
            problems.add(new ChangeRefused.Problem("source", "publishing.error.sourceRequired"));
        }
        if (input.confirmed() && input.lastChecked() == null) {
            problems.add(new ChangeRefused.Problem("lastChecked", "publishing.error.lastCheckedRequired"));
        }
        if (input.lastChecked() != null && input.lastChecked().isAfter(today)) {
            problems.add(new ChangeRefused.Problem("lastChecked", "publishing.error.lastCheckedFuture"));
        }
        String note = blankToNull(input.note());
        for (var text : List.of(new String[] {"source", source}, new String[] {"note", note},
                new String[] {"changeNote", changeNote})) {
            if (text[1] != null && text[1].length() > TEXT_MAX_LENGTH) {
                problems.add(new ChangeRefused.Problem(text[0], "publishing.error.tooLong", TEXT_MAX_LENGTH, text[1].length()));
            }
        }
        if (!problems.isEmpty()) {
            throw new ChangeRefused(problems);
        }
        return new Checked(Objects.requireNonNull(date), amount, input.confirmed(), source, input.lastChecked(), note,
                input.correction(), changeNote);
    }

    /**
     * An amount as staff type it: Dutch ("2.094,98", "2094,98") or with a decimal point ("2094.98"); never
     * negative; whole for years, months and weeks.
     */
    static @Nullable BigDecimal amount(Unit unit, String typed, List<ChangeRefused.Problem> problems) {
        String text = typed == null ? "" : typed.strip().replace(" ", "").replace("€", "").replace("%", "");
        if (text.isEmpty()) {
            problems.add(new ChangeRefused.Problem("amount", "publishing.error.amountRequired"));
            return null;
        }
        BigDecimal amount;
        if (text.contains(",") && DUTCH_NUMBER.matcher(text).matches()) {
            amount = new BigDecimal(text.replace(".", "").replace(',', '.'));
        } else if (PLAIN_NUMBER.matcher(text).matches()) {
            amount = new BigDecimal(text);
        } else {
            problems.add(new ChangeRefused.Problem("amount", "publishing.error.amountNotNumber", typed.strip()));
            return null;
        }
        if (amount.signum() < 0) {
            problems.add(new ChangeRefused.Problem("amount", "publishing.error.amountNegative"));
        } else if (unit.whole() && amount.stripTrailingZeros().scale() > 0) {
            problems.add(new ChangeRefused.Problem("amount", "publishing.error.amountWhole"));
        } else if (amount.stripTrailingZeros().scale() > 6) {
            problems.add(new ChangeRefused.Problem("amount", "publishing.error.amountDecimals"));
        }
        return amount;
    }

    private static boolean isWebAddress(String text) {
        try {
            URI uri = URI.create(text);
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return FourEyes.blankToNull(text);
    }
}
