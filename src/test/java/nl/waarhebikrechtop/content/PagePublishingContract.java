package nl.waarhebikrechtop.content;

import nl.waarhebikrechtop.TestClock;
import nl.waarhebikrechtop.account.AuditLog;
import nl.waarhebikrechtop.account.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Staff change a text page: written in Dutch and English by an editor, published by another person, shown to
 * residents at once or at the chosen moment, never overwritten. Runs on H2 ({@link PagePublishingH2Test}) and on the
 * PostgreSQL server ({@link PagePublishingPostgresTest}), each in a database of its own, because publications are
 * committed; every test starts from the pages imported from the files.
 */
@SpringBootTest
@Import(TestClock.Config.class)
abstract class PagePublishingContract {

    static final Instant NOW = Instant.parse("2026-12-02T09:00:00Z");
    static final Locale NL = Locale.of("nl");
    static final Locale EN = Locale.of("en");

    @Autowired PagePublishing pages;
    @Autowired PublishedPages published;
    @Autowired ContentService content;
    @Autowired JdbcClient jdbc;
    @Autowired AuditLog audit;
    @Autowired TestClock clock;

    @BeforeEach
    void backToTheImportedPages() {
        clock.set(NOW);
        jdbc.sql("DELETE FROM page_version WHERE author <> ?").param(PublishedPages.IMPORTED_BY).update();
        jdbc.sql("UPDATE page_version SET status = 'PUBLISHED'").update();
        jdbc.sql("DELETE FROM audit_log").update();
        published.reload();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private static void signIn(String username, Role... roles) {
        var authorities = Arrays.stream(roles).map(Role::authority).map(SimpleGrantedAuthority::new).toList();
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(username, null, authorities));
    }

    private static PagePublishing.PageInput contact(String nl, String en) {
        return new PagePublishing.PageInput("contact", new PageVersion.Text("Contact", nl),
                new PageVersion.Text("Contact", en), "Openingstijden erbij");
    }

    /** Written and offered by the editor Eva, so that someone else can publish it. */
    private PageVersion offered(PagePublishing.PageInput input) {
        signIn("eva", Role.EDITOR);
        PageVersion draft = pages.draft(input);
        PageVersion offered = pages.offerForReview(draft.id(), draft.version());
        signIn("piet", Role.PUBLISHER);
        return offered;
    }

    @Test
    void the_pages_of_the_content_folder_are_imported_as_published_and_shown_as_before() {
        PageVersion privacy = pages.inForce("privacy").orElseThrow();

        assertThat(privacy.author()).isEqualTo(PublishedPages.IMPORTED_BY);
        assertThat(privacy.status()).isEqualTo(ParameterChange.Status.PUBLISHED);
        assertThat(privacy.nl().title()).isEqualTo("Privacy");
        assertThat(content.page("privacy", NL).orElseThrow().html()).contains("<table>");
    }

    @Test
    void a_page_published_by_a_second_person_reaches_residents_and_the_steps_are_audited() {
        PageVersion old = pages.inForce("contact").orElseThrow();
        PageVersion offered = offered(contact("Bel ons op werkdagen.", "Call us on working days."));

        pages.publish(offered.id(), offered.version(), null);

        assertThat(content.page("contact", NL).orElseThrow().html()).isEqualTo("<p>Bel ons op werkdagen.</p>\n");
        assertThat(content.page("contact", EN).orElseThrow().html()).contains("Call us on working days.");
        assertThat(content.page("contact", NL).orElseThrow().lastReviewed()).isEqualTo("2026-12-02");
        assertThat(pages.find(old.id()).orElseThrow().status()).isEqualTo(ParameterChange.Status.SUPERSEDED);
        assertThat(audit.forSubject("page:contact")).extracting(e -> e.actor() + " " + e.action())
                .containsExactlyInAnyOrder("eva page.drafted", "eva page.offered-for-review", "piet page.published");
        assertThat(audit.forSubject("page:contact")).allSatisfy(e ->
                assertThat(String.valueOf(e.details())).doesNotContain("werkdagen"));
    }

    @Test
    void nobody_publishes_their_own_change_even_with_both_roles() {
        signIn("eva", Role.EDITOR, Role.PUBLISHER);
        PageVersion draft = pages.draft(contact("Nieuw.", "New."));
        PageVersion offered = pages.offerForReview(draft.id(), draft.version());

        assertThatThrownBy(() -> pages.publish(offered.id(), offered.version(), null))
                .isInstanceOfSatisfying(ChangeRefused.class, refused -> assertThat(refused.problems())
                        .extracting(ChangeRefused.Problem::messageKey).containsExactly("publishing.error.ownChange"));
        assertThat(content.page("contact", NL).orElseThrow().html()).doesNotContain("Nieuw.");
    }

    @Test
    void a_draft_without_english_is_kept_but_not_offered_for_review() {
        signIn("eva", Role.EDITOR);
        PageVersion draft = pages.draft(contact("Alleen Nederlands.", ""));

        assertThatThrownBy(() -> pages.offerForReview(draft.id(), draft.version()))
                .isInstanceOfSatisfying(ChangeRefused.class, refused -> assertThat(refused.problems())
                        .extracting(p -> p.field() + " " + p.messageKey())
                        .containsExactly("body.en pages.error.translationMissing"));
        assertThat(pages.find(draft.id()).orElseThrow().nl().body()).isEqualTo("Alleen Nederlands.");
    }

    @Test
    void a_scheduled_page_reaches_residents_at_its_moment() {
        PageVersion offered = offered(contact("Vanaf morgen nieuw.", "New from tomorrow."));
        pages.publish(offered.id(), offered.version(), NOW.plus(Duration.ofHours(1)));
        published.watch();
        assertThat(content.page("contact", NL).orElseThrow().html()).doesNotContain("Vanaf morgen nieuw.");
        assertThat(pages.scheduled()).extracting(PageVersion::id).containsExactly(offered.id());

        clock.set(NOW.plus(Duration.ofHours(2)));
        published.watch();

        assertThat(content.page("contact", NL).orElseThrow().html()).contains("Vanaf morgen nieuw.");
    }

    @Test
    void a_publication_moment_in_the_past_is_refused() {
        PageVersion offered = offered(contact("Nieuw.", "New."));

        assertThatThrownBy(() -> pages.publish(offered.id(), offered.version(), NOW.minusSeconds(60)))
                .isInstanceOfSatisfying(ChangeRefused.class, refused -> assertThat(refused.problems())
                        .extracting(ChangeRefused.Problem::field).containsExactly("publishAt"));
    }

    @Test
    void the_second_of_two_editors_changing_the_same_draft_is_told() {
        signIn("eva", Role.EDITOR);
        PageVersion draft = pages.draft(contact("Eerste.", "First."));
        pages.edit(draft.id(), draft.version(), contact("Tweede.", "Second."));

        assertThatThrownBy(() -> pages.edit(draft.id(), draft.version(), contact("Derde.", "Third.")))
                .isInstanceOfSatisfying(ChangeRefused.class, refused -> assertThat(refused.problems())
                        .extracting(ChangeRefused.Problem::messageKey)
                        .containsExactly("publishing.error.changedMeanwhile"));
        assertThat(pages.find(draft.id()).orElseThrow().nl().body()).isEqualTo("Tweede.");
    }

    @Test
    void rollback_makes_a_draft_with_the_old_text_that_is_reviewed_like_any_change() {
        PageVersion imported = pages.inForce("contact").orElseThrow();
        PageVersion offered = offered(contact("Nieuw.", "New."));
        pages.publish(offered.id(), offered.version(), null);

        signIn("eva", Role.EDITOR);
        PageVersion rollback = pages.draftFrom(imported.id());

        assertThat(rollback.status()).isEqualTo(ParameterChange.Status.DRAFT);
        assertThat(rollback.nl()).isEqualTo(imported.nl());
        assertThat(rollback.changeNote()).startsWith("Terug naar de versie van content/pages");
        assertThat(content.page("contact", NL).orElseThrow().html()).contains("Nieuw.");
    }

    @Test
    void two_versions_are_compared_line_by_line() {
        signIn("eva", Role.EDITOR);
        PageVersion first = pages.draft(contact("Regel een.\nRegel twee.", "One."));
        clock.set(NOW.plusSeconds(60));
        PageVersion second = pages.draft(contact("Regel een.\nRegel drie.", "One."));

        PagePublishing.Comparison comparison = pages.compare(second.id(), first.id());

        assertThat(comparison.older().id()).isEqualTo(first.id());
        assertThat(comparison.nl()).extracting(l -> l.change() + " " + l.text()).containsExactly(
                "SAME # Contact", "SAME Regel een.", "REMOVED Regel twee.", "ADDED Regel drie.");
        assertThat(comparison.en()).allMatch(l -> l.change() == PagePublishing.DiffLine.Change.SAME);
    }

    @Test
    void bad_input_is_refused_per_field_and_nothing_is_stored() {
        signIn("eva", Role.EDITOR);
        var input = new PagePublishing.PageInput("contact", new PageVersion.Text("", "x".repeat(2_000_000)),
                new PageVersion.Text("Contact", "Call {{nobody}}."), " ");

        assertThatThrownBy(() -> pages.draft(input))
                .isInstanceOfSatisfying(ChangeRefused.class, refused -> assertThat(refused.problems())
                        .extracting(p -> p.field() + " " + p.messageKey()).containsExactly(
                                "title.nl pages.error.titleRequired", "body.nl pages.error.bodyTooLong",
                                "body.en pages.error.placeholder", "changeNote pages.error.changeNoteRequired"));
        assertThat(pages.drafts()).isEmpty();
    }

    @Test
    void only_editors_write_and_only_publishers_publish() {
        signIn("carla", Role.CASEWORKER);
        assertThatThrownBy(() -> pages.draft(contact("Nieuw.", "New.")))
                .isInstanceOfSatisfying(ChangeRefused.class, refused -> assertThat(refused.problems())
                        .extracting(ChangeRefused.Problem::messageKey).containsExactly("publishing.error.role"));

        PageVersion offered = offered(contact("Nieuw.", "New."));
        signIn("eva", Role.EDITOR);
        assertThatThrownBy(() -> pages.publish(offered.id(), offered.version(), null))
                .isInstanceOf(ChangeRefused.class);
    }
}
