package nl.waarhebikrechtop.content;

import nl.waarhebikrechtop.content.internal.ParameterValueEntity;
import nl.waarhebikrechtop.content.internal.ContentRevisionRepository;
import nl.waarhebikrechtop.content.internal.ParameterValueRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The parameters as residents get them: the definitions (id, unit, how often a value changes) from
 * {@code content/parameters/*.yaml}, the dated values from the database as staff published them. Held in memory as
 * one immutable snapshot, swapped at once when a publication (on any instance) or a scheduled value comes into
 * force: every {@code portal.content.watch-interval} (2 s) the instance compares the content revision and the number
 * of values in force with what it loaded. A resident's check never reads the database for a parameter.
 * <p>
 * On a database without values for a parameter (the first start, or a parameter new in the files), its values are
 * imported from the files as published, by {@value #IMPORTED_BY}.
 */
@Service
public class PublishedParameters implements ParameterSource, SmartInitializingSingleton {

    /** The author and reviewer of values imported from the files. */
    public static final String IMPORTED_BY = "content/parameters";
    private static final Logger log = LoggerFactory.getLogger(PublishedParameters.class);

    private final ParameterStore files;
    private final ParameterValueRepository values;
    private final ContentRevisionRepository revisions;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private volatile Loaded current;

    private record Loaded(ParameterStore parameters, long revision, long live) {
    }

    PublishedParameters(ContentProperties content, ParameterValueRepository values, ContentRevisionRepository revisions,
                        PlatformTransactionManager transactionManager, Clock clock,
                        ApplicationEventPublisher events) {
        this.files = new ParameterStore(content);
        this.values = values;
        this.revisions = revisions;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.events = events;
    }

    /**
     * Imports and loads once every bean is made, not while they are being made: Hibernate starts on a background
     * thread ({@code spring.jpa.bootstrap=async}) and builds while the rest of the portal starts. A value that cannot
     * be loaded still stops the start, before the portal answers.
     */
    @Override
    public void afterSingletonsInstantiated() {
        current();
    }

    private Loaded current() {
        Loaded loaded = current;
        if (loaded == null) {
            synchronized (this) {
                loaded = current;
                if (loaded == null) {
                    transactions.executeWithoutResult(status -> importMissing());
                    loaded = load();
                    current = loaded;
                    warnAboutChangedFiles(loaded);
                }
            }
        }
        return loaded;
    }

    /**
     * After the first start the files are only the seed: a value changed in a file does not reach residents. Say so
     * at every start, so that a developer who edited {@code content/parameters} knows to publish it instead.
     */
    private void warnAboutChangedFiles(Loaded current) {
        List<String> differing = new ArrayList<>();
        for (Parameter file : files.all()) {
            Parameter published = current.parameters().parameter(file.id());
            for (DatedValue value : file.values()) {
                boolean same = published.values().stream().anyMatch(p -> p.effectiveFrom().equals(value.effectiveFrom())
                        && p.value().compareTo(value.value()) == 0);
                if (!same) {
                    differing.add(file.id() + "@" + value.effectiveFrom());
                }
            }
        }
        if (!differing.isEmpty()) {
            log.warn("{} value(s) in content/parameters differ from the published ones and do not reach residents: {}."
                    + " Publish them at /beheer/bedragen (four eyes), or bring the files in line.", differing.size(),
                    differing);
        }
    }

    @Override
    public List<Parameter> all() {
        return current().parameters().all();
    }

    @Override
    public Parameter parameter(String id) {
        return current().parameters().parameter(id);
    }

    @Override
    public List<LocalDate> changeDates() {
        return current().parameters().changeDates();
    }

    /** Loads again when another instance published, or when a scheduled value came into force. */
    @Scheduled(fixedDelayString = "${portal.content.watch-interval:PT2S}")
    public void watch() {
        Loaded loaded = current();
        boolean changed = Boolean.TRUE.equals(transactions.execute(status -> revisions.revision() != loaded.revision()
                || values.countLive(clock.instant()) != loaded.live()));
        if (changed) {
            reload();
        }
    }

    /** Loads the values in force now and tells the listeners ({@link ParametersPublished}). */
    public void reload() {
        Loaded loaded = load();
        current = loaded;
        log.info("Parameters loaded: content revision {}, {} published values in force", loaded.revision(),
                loaded.live());
        events.publishEvent(new ParametersPublished(loaded.revision()));
    }

    private void importMissing() {
        revisions.lockRevision();
        Set<String> present = new HashSet<>(values.findParameterIds());
        Instant now = clock.instant();
        int imported = 0;
        for (Parameter parameter : files.all()) {
            if (present.contains(parameter.id())) {
                continue;
            }
            for (DatedValue value : parameter.values()) {
                ParameterValueEntity row = new ParameterValueEntity(parameter.id(), ParameterChange.Status.DRAFT,
                        IMPORTED_BY, now);
                row.fill(value.effectiveFrom(), value.value(), value.confirmed(),
                        value.source().isBlank() ? null : value.source(), value.lastChecked(), value.note(), false,
                        "Overgenomen uit " + parameter.file().getFileName());
                row.published(IMPORTED_BY, now, now, null);
                values.save(row);
                imported++;
            }
        }
        if (imported > 0) {
            revisions.raiseRevision();
            log.info("Imported {} parameter values from the content files", imported);
        }
    }

    private Loaded load() {
        return transactions.execute(status -> {
            long revision = revisions.revision();
            List<ParameterValueEntity> live = values.findLive(clock.instant());
            // Ordered by parameter, date and publication: a later publication for the same date replaces the earlier.
            Map<String, TreeMap<LocalDate, ParameterChange>> byParameter = new HashMap<>();
            for (ParameterValueEntity row : live) {
                ParameterChange change = row.toChange();
                byParameter.computeIfAbsent(change.parameterId(), id -> new TreeMap<>())
                        .put(change.effectiveFrom(), change);
            }
            List<Parameter> parameters = new ArrayList<>();
            for (Parameter definition : files.all()) {
                TreeMap<LocalDate, ParameterChange> published = byParameter.get(definition.id());
                if (published == null || published.isEmpty()) {
                    parameters.add(definition);
                    continue;
                }
                List<DatedValue> dated = published.values().stream().map(ParameterChange::asDatedValue).toList();
                parameters.add(new Parameter(definition.id(), definition.description(), definition.unit(),
                        definition.changes(), dated, definition.file()));
            }
            return new Loaded(new ParameterStore(parameters), revision, live.size());
        });
    }
}
