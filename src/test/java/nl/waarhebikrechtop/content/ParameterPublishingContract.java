package nl.waarhebikrechtop.content;

import nl.waarhebikrechtop.TestClock;
import nl.waarhebikrechtop.aanvraag.Households;
import nl.waarhebikrechtop.account.AuditLog;
import nl.waarhebikrechtop.account.Role;
import nl.waarhebikrechtop.eligibility.EligibilityService;
import nl.waarhebikrechtop.eligibility.SchemeResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Staff change a parameter's value: drafted by an editor, published by another person, in force for residents'
 * checks at once or at the chosen moment, never overwritten. Runs on H2 ({@link ParameterPublishingH2Test}) and on
 * the PostgreSQL server ({@link ParameterPublishingPostgresTest}), each in a database of its own, because
 * publications are committed; every test starts from the values imported from the files.
 */
@SpringBootTest
@Import(TestClock.Config.class)
abstract class ParameterPublishingContract {

    /** 2 December 2026, 10:00 in Assen. */
    static final Instant NOW = Instant.parse("2026-12-02T09:00:00Z");
    static final LocalDate DECEMBER_FIRST = LocalDate.of(2026, 12, 1);
    static final String PRIMARY = "meedoen.amount.primary";
    static final String SOURCE = "https://www.wpda.nl/mijn-inkomen/meedoenregelingen/meedoen-in-assen";

    @Autowired ParameterPublishing publishing;
    @Autowired PublishedParameters parameters;
    @Autowired EligibilityService eligibility;
    @Autowired JdbcClient jdbc;
    @Autowired AuditLog audit;
    @Autowired TestClock clock;

    @BeforeEach
    void backToTheImportedValues() {
        clock.set(NOW);
        jdbc.sql("DELETE FROM parameter_value WHERE author <> ?").param(PublishedParameters.IMPORTED_BY).update();
        jdbc.sql("UPDATE parameter_value SET status = 'PUBLISHED'").update();
        jdbc.sql("DELETE FROM audit_log").update();
        parameters.reload();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** A staff member signed in (the service reads the roles from Spring Security, as in a view). */
    private static void signIn(String username, Role... roles) {
        var authorities = java.util.Arrays.stream(roles).map(Role::authority)
                .map(org.springframework.security.core.authority.SimpleGrantedAuthority::new).toList();
        SecurityContextHolder.getContext().setAuthentication(
                org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated(
                        username, null, authorities));
    }

    private static ParameterPublishing.ValueInput input(String amount, LocalDate from) {
        return new ParameterPublishing.ValueInput(PRIMARY, amount, from, SOURCE, true, LocalDate.of(2026, 12, 1), "",
                false, "Nieuw schooljaar");
    }

    /** Drafted and offered by the editor Eva, so that someone else can publish it. */
    private ParameterChange offered(ParameterPublishing.ValueInput input) {
        signIn("eva", Role.EDITOR);
        ParameterChange draft = publishing.draft(input);
        ParameterChange offered = publishing.offerForReview(draft.id(), draft.version());
        signIn("piet", Role.PUBLISHER);
        return offered;
    }

    private long meedoenFor(LocalDate date) {
        SchemeResult meedoen = eligibility.evaluate(Households.singleParentWithLowIncome(), date).result("meedoenpremie");
        return meedoen.estimate().amount().longValueExact();
    }

    private List<String> problems(Runnable step) {
        try {
            step.run();
        } catch (ChangeRefused refused) {
            return refused.problems().stream().map(p -> p.field() + ":" + p.messageKey()).toList();
        }
        throw new AssertionError("not refused");
    }

    @Test
    void the_values_of_the_files_are_imported_as_published_and_used_as_they_were() {
        ParameterSource files = ParameterSource.load(new ContentProperties(Path.of("content")));

        for (Parameter file : files.all()) {
            Parameter published = parameters.parameter(file.id());
            assertThat(published.values()).hasSameSizeAs(file.values());
            for (int i = 0; i < file.values().size(); i++) {
                DatedValue expected = file.values().get(i);
                DatedValue actual = published.values().get(i);
                assertThat(actual.effectiveFrom()).as(file.id()).isEqualTo(expected.effectiveFrom());
                assertThat(actual.value()).as(file.id()).isEqualByComparingTo(expected.value());
                assertThat(actual.confirmed()).as(file.id()).isEqualTo(expected.confirmed());
                assertThat(actual.source()).as(file.id()).isEqualTo(expected.source());
                assertThat(actual.lastChecked()).as(file.id()).isEqualTo(expected.lastChecked());
            }
        }
        assertThat(publishing.history(PRIMARY)).singleElement().satisfies(v -> {
            assertThat(v.author()).isEqualTo(PublishedParameters.IMPORTED_BY);
            assertThat(v.status()).isEqualTo(ParameterChange.Status.PUBLISHED);
        });
        // 1 child at primary school (210) and 1 at secondary school (300), from the files
        assertThat(meedoenFor(DECEMBER_FIRST)).isEqualTo(510);
    }

    @Test
    void a_value_published_by_a_second_person_is_used_by_the_next_check_and_the_steps_are_audited() {
        ParameterChange offered = offered(input("225", DECEMBER_FIRST));
        assertThat(publishing.waitingForReview()).extracting(ParameterChange::id).containsExactly(offered.id());
        assertThat(meedoenFor(DECEMBER_FIRST)).as("not before it is published").isEqualTo(510);

        ParameterChange published = publishing.publish(offered.id(), offered.version(), null);

        assertThat(published.status()).isEqualTo(ParameterChange.Status.PUBLISHED);
        assertThat(published.reviewer()).isEqualTo("piet");
        assertThat(meedoenFor(DECEMBER_FIRST)).as("225 + 300").isEqualTo(525);
        assertThat(meedoenFor(DECEMBER_FIRST.minusDays(1))).as("the old value before its date").isEqualTo(510);
        assertThat(publishing.waitingForReview()).isEmpty();
        assertThat(audit.forSubject("parameter:" + PRIMARY + "@2026-12-01")).extracting(e -> e.actor() + " " + e.action())
                .containsExactly("eva parameter-value.drafted", "eva parameter-value.offered-for-review",
                        "piet parameter-value.published");
    }

    @Test
    void nobody_publishes_their_own_change_and_only_a_publisher_publishes() {
        signIn("eva", Role.EDITOR, Role.PUBLISHER);
        ParameterChange draft = publishing.draft(input("225", DECEMBER_FIRST));
        ParameterChange offered = publishing.offerForReview(draft.id(), draft.version());

        assertThat(problems(() -> publishing.publish(offered.id(), offered.version(), null)))
                .containsExactly("form:publishing.error.ownChange");
        signIn("jan", Role.EDITOR);
        assertThat(problems(() -> publishing.publish(offered.id(), offered.version(), null)))
                .containsExactly("form:publishing.error.role");
        signIn("piet", Role.PUBLISHER);
        assertThat(problems(() -> publishing.draft(input("1", DECEMBER_FIRST))))
                .as("a publisher does not write drafts").containsExactly("form:publishing.error.role");
        assertThat(meedoenFor(DECEMBER_FIRST)).isEqualTo(510);
    }

    @Test
    void what_an_editor_types_wrong_is_named_per_field_and_nothing_is_stored() {
        signIn("eva", Role.EDITOR);
        assertThat(problems(() -> publishing.draft(input("twee honderd", DECEMBER_FIRST))))
                .containsExactly("amount:publishing.error.amountNotNumber");
        assertThat(problems(() -> publishing.draft(input("-5", DECEMBER_FIRST))))
                .containsExactly("amount:publishing.error.amountNegative");
        assertThat(problems(() -> publishing.draft(input("210", LocalDate.of(2025, 1, 1)))))
                .containsExactly("effectiveFrom:publishing.error.dateTaken");
        assertThat(problems(() -> publishing.draft(input("210", LocalDate.of(2024, 8, 1)))))
                .containsExactly("effectiveFrom:publishing.error.dateBeforeNewest");
        assertThat(problems(() -> publishing.draft(new ParameterPublishing.ValueInput(PRIMARY, "215",
                LocalDate.of(2025, 1, 1), "", true, LocalDate.of(2026, 12, 3), "", true, " "))))
                .containsExactlyInAnyOrder("changeNote:publishing.error.reasonRequired",
                        "source:publishing.error.sourceRequired", "lastChecked:publishing.error.lastCheckedFuture");
        assertThat(problems(() -> publishing.draft(new ParameterPublishing.ValueInput(PRIMARY, "215",
                DECEMBER_FIRST, "javascript:alert(1)", false, null, "x".repeat(1001), false, ""))))
                .containsExactlyInAnyOrder("source:publishing.error.sourceNotAddress", "note:publishing.error.tooLong");
        assertThat(problems(() -> publishing.draft(new ParameterPublishing.ValueInput("bijstand.min_age", "17,5",
                DECEMBER_FIRST, "", false, null, "", false, "")))).as("an age in years is whole")
                .containsExactly("amount:publishing.error.amountWhole");
        assertThat(publishing.drafts()).isEmpty();
    }

    @Test
    void amounts_are_read_as_staff_type_them() {
        List<ChangeRefused.Problem> none = new java.util.ArrayList<>();
        assertThat(ParameterPublishing.amount(Unit.EUR, "2.094,98", none)).isEqualByComparingTo("2094.98");
        assertThat(ParameterPublishing.amount(Unit.EUR, "2094,98", none)).isEqualByComparingTo("2094.98");
        assertThat(ParameterPublishing.amount(Unit.EUR, "€ 2094.98", none)).isEqualByComparingTo("2094.98");
        assertThat(ParameterPublishing.amount(Unit.PERCENT, "4,30%", none)).isEqualByComparingTo("4.30");
        assertThat(none).isEmpty();
        assertThat(ParameterPublishing.amount(Unit.EUR, "2,094.98", none)).isNull();
        assertThat(none).extracting(ChangeRefused.Problem::messageKey)
                .containsExactly("publishing.error.amountNotNumber");
    }

    @Test
    void a_correction_replaces_the_value_of_its_date_and_the_old_one_is_kept_as_superseded() {
        ParameterChange offered = offered(new ParameterPublishing.ValueInput(PRIMARY, "212",
                LocalDate.of(2025, 1, 1), SOURCE, true, LocalDate.of(2026, 12, 1), "", true, "Tikfout: 212, niet 210"));

        ImpactCheck.Impact impact = publishing.impact(offered.id());
        assertThat(impact.scenarios()).isGreaterThanOrEqualTo(150);
        assertThat(impact.broken()).as("scenarios that expect 210 for a child at primary school").isNotEmpty()
                .allSatisfy(change -> {
                    assertThat(change.scheme()).isEqualTo("meedoenpremie");
                    assertThat(change.amountAfter().subtract(change.amountBefore())).isEqualByComparingTo("2");
                });
        assertThat(problems(() -> publishing.publish(offered.id(), offered.version(), null)))
                .containsExactly("acknowledgement:publishing.error.acknowledgementRequired");
        assertThat(meedoenFor(DECEMBER_FIRST)).isEqualTo(510);

        ParameterChange published = publishing.publish(offered.id(), offered.version(), null,
                "De scenario's rekenden met de tikfout; ze worden aangepast.");

        assertThat(published.impactAcknowledgement()).startsWith("De scenario's rekenden");
        assertThat(meedoenFor(DECEMBER_FIRST)).isEqualTo(512);
        assertThat(publishing.history(PRIMARY)).extracting(ParameterChange::status)
                .containsExactly(ParameterChange.Status.SUPERSEDED, ParameterChange.Status.PUBLISHED);
        assertThat(publishing.history(PRIMARY).getFirst().amount()).isEqualByComparingTo("210");

        // Rollback: a new draft with the old content, reviewed like any change
        signIn("eva", Role.EDITOR);
        ParameterChange back = publishing.draftFrom(publishing.history(PRIMARY).getFirst().id());
        assertThat(back.status()).isEqualTo(ParameterChange.Status.DRAFT);
        assertThat(back.amount()).isEqualByComparingTo("210");
        assertThat(back.correction()).isTrue();
        assertThat(back.changeNote()).startsWith("Terug naar de versie van content/parameters");
        assertThat(meedoenFor(DECEMBER_FIRST)).as("not before it is published").isEqualTo(512);
        ParameterChange offeredBack = publishing.offerForReview(back.id(), back.version());
        signIn("piet", Role.PUBLISHER);
        assertThat(publishing.impact(offeredBack.id()).broken()).as("the scenarios hold again").isEmpty();
        publishing.publish(offeredBack.id(), offeredBack.version(), null);
        assertThat(meedoenFor(DECEMBER_FIRST)).isEqualTo(510);
        signIn("eva", Role.EDITOR);
        ParameterChange draft = publishing.draft(input("230", DECEMBER_FIRST));
        assertThat(problems(() -> publishing.draftFrom(draft.id()))).as("a draft is no version to restore")
                .containsExactly("form:publishing.error.notPublished");
    }

    @Test
    void a_new_value_after_every_scenario_date_changes_no_scenario() {
        ParameterChange offered = offered(input("225", DECEMBER_FIRST));

        ImpactCheck.Impact impact = publishing.impact(offered.id());

        assertThat(impact.changes()).as("no scenario is dated on or after 1 December 2026").isEmpty();
        assertThat(impact.effectiveFrom()).isEqualTo(DECEMBER_FIRST);
        assertThat(impact.onEffectiveDate()).as("the scenarios' households on 1 December 2026").isNotEmpty()
                .allSatisfy(change -> {
                    assertThat(change.scheme()).isEqualTo("meedoenpremie");
                    // 15 euro more for every child at primary school
                    assertThat(change.amountAfter().subtract(change.amountBefore()).remainder(BigDecimal.valueOf(15)))
                            .isEqualByComparingTo("0");
                    assertThat(change.amountAfter()).isGreaterThan(change.amountBefore());
                    assertThat(change.breaksExpectation()).isFalse();
                });
    }

    @Test
    void a_scheduled_publication_comes_into_force_at_its_moment_on_every_instance() {
        ParameterChange offered = offered(input("225", DECEMBER_FIRST));
        assertThat(problems(() -> publishing.publish(offered.id(), offered.version(), NOW.minusSeconds(1))))
                .containsExactly("publishAt:publishing.error.publishAtPast");

        publishing.publish(offered.id(), offered.version(), NOW.plus(Duration.ofHours(1)));
        parameters.watch();
        assertThat(meedoenFor(DECEMBER_FIRST)).as("scheduled, not yet in force").isEqualTo(510);

        clock.advance(Duration.ofHours(1));
        parameters.watch();
        assertThat(meedoenFor(DECEMBER_FIRST)).isEqualTo(525);
    }

    @Test
    void a_value_published_elsewhere_is_picked_up_by_the_watch() {
        ParameterChange offered = offered(input("225", DECEMBER_FIRST));
        // Another instance publishes: the row and the revision change in the database, not in this instance.
        jdbc.sql("UPDATE parameter_value SET status = 'PUBLISHED', reviewer = 'elders', publish_at = ? WHERE id = ?")
                .params(java.time.OffsetDateTime.ofInstant(NOW, java.time.ZoneOffset.UTC), offered.id()).update();
        jdbc.sql("UPDATE content_revision SET revision = revision + 1").update();
        assertThat(meedoenFor(DECEMBER_FIRST)).isEqualTo(510);

        parameters.watch();

        assertThat(meedoenFor(DECEMBER_FIRST)).isEqualTo(525);
    }

    @Test
    void a_step_on_a_version_someone_changed_meanwhile_is_refused_and_a_publisher_can_send_a_value_back() {
        ParameterChange offered = offered(input("225", DECEMBER_FIRST));
        assertThat(problems(() -> publishing.sendBack(offered.id(), offered.version(), " ")))
                .containsExactly("reviewNote:publishing.error.reviewNoteRequired");

        ParameterChange back = publishing.sendBack(offered.id(), offered.version(), "Welke bron?");

        assertThat(back.status()).isEqualTo(ParameterChange.Status.DRAFT);
        assertThat(back.reviewNote()).isEqualTo("Welke bron?");
        assertThat(problems(() -> publishing.publish(offered.id(), offered.version(), null)))
                .containsExactly("form:publishing.error.changedMeanwhile");
        signIn("eva", Role.EDITOR);
        ParameterChange edited = publishing.edit(back.id(), back.version(), input("226", DECEMBER_FIRST));
        assertThat(edited.amount()).isEqualByComparingTo(BigDecimal.valueOf(226));
        signIn("jan", Role.EDITOR);
        assertThat(problems(() -> publishing.edit(edited.id(), edited.version(), input("1", DECEMBER_FIRST))))
                .as("only the author edits a draft").containsExactly("form:publishing.error.notYourDraft");
    }
}
