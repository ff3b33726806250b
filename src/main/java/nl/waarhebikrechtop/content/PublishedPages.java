package nl.waarhebikrechtop.content;

import nl.waarhebikrechtop.content.internal.ContentRevisionRepository;
import nl.waarhebikrechtop.content.internal.PageVersionEntity;
import nl.waarhebikrechtop.content.internal.PageVersionRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The text pages as residents get them: per page the version published last whose moment has come, held by
 * {@link ContentService} as one in-memory map that is swapped at once. Every {@code portal.content.watch-interval}
 * (2 s) the instance compares the content revision and the number of versions in force with what it loaded, so a
 * publication on any instance, or a scheduled one coming into force, reaches residents within seconds. A resident's
 * page never reads the database.
 * <p>
 * On a database without versions of a page (the first start), it is imported from {@code content/pages/} as
 * published, by {@value #IMPORTED_BY}.
 */
@Service
public class PublishedPages implements SmartInitializingSingleton {

    /** The author and reviewer of pages imported from the files. */
    public static final String IMPORTED_BY = "content/pages";
    private static final Logger log = LoggerFactory.getLogger(PublishedPages.class);

    private final ContentService content;
    private final PageVersionRepository versions;
    private final ContentRevisionRepository revisions;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private volatile Loaded current;

    private record Loaded(Map<String, PageVersion> bySlug, long revision, long live) {
    }

    PublishedPages(ContentService content, PageVersionRepository versions, ContentRevisionRepository revisions,
                   PlatformTransactionManager transactionManager, Clock clock) {
        this.content = content;
        this.versions = versions;
        this.revisions = revisions;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** Imports and loads once every bean is made (see {@link PublishedParameters#afterSingletonsInstantiated}). */
    @Override
    public void afterSingletonsInstantiated() {
        transactions.executeWithoutResult(status -> importMissing());
        reload();
    }

    /** The version residents get now, if the page has one in the database. */
    public @org.jspecify.annotations.Nullable PageVersion inForce(String slug) {
        Loaded loaded = current;
        return loaded == null ? null : loaded.bySlug().get(slug);
    }

    /** Loads again when another instance published, or when a scheduled version came into force. */
    @Scheduled(fixedDelayString = "${portal.content.watch-interval:PT2S}")
    public void watch() {
        Loaded loaded = current;
        if (loaded == null) {
            return;
        }
        boolean changed = Boolean.TRUE.equals(transactions.execute(status -> revisions.revision() != loaded.revision()
                || versions.countLive(clock.instant()) != loaded.live()));
        if (changed) {
            reload();
        }
    }

    /** Loads the versions in force now and gives them to residents. */
    public synchronized void reload() {
        Loaded loaded = transactions.execute(status -> {
            long revision = revisions.revision();
            List<PageVersionEntity> live = versions.findLive(clock.instant());
            Map<String, PageVersion> bySlug = new HashMap<>();
            for (PageVersionEntity row : live) {
                bySlug.put(row.slug(), row.toVersion()); // ordered by publication: the last one counts
            }
            return new Loaded(Map.copyOf(bySlug), revision, live.size());
        });
        List<String> problems = content.showPublished(loaded.bySlug());
        problems.forEach(problem -> log.error("A published page cannot be shown, residents keep the earlier text: {}",
                problem));
        current = loaded;
    }

    private void importMissing() {
        revisions.lockRevision();
        Set<String> present = new HashSet<>(versions.findSlugs());
        Map<String, ContentService.SeedPage> seeds = content.seedPages();
        Instant now = clock.instant();
        int imported = 0;
        for (String slug : ContentService.REQUIRED_PAGES) {
            if (present.contains(slug)) {
                continue;
            }
            ContentService.SeedPage nl = seeds.get(slug + ".nl");
            ContentService.SeedPage en = seeds.get(slug + ".en");
            PageVersionEntity row = new PageVersionEntity(slug, ParameterChange.Status.DRAFT, IMPORTED_BY, now);
            row.fill(nl.text().title(), nl.text().body(), en.text().title(), en.text().body(),
                    "Overgenomen uit content/pages/" + slug + ".*.md");
            row.checkedOn(nl.reviewed());
            row.published(IMPORTED_BY, now, now);
            versions.save(row);
            imported++;
        }
        if (imported > 0) {
            revisions.raiseRevision();
            log.info("Imported {} pages from the content files", imported);
        }
    }
}
