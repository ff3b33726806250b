package nl.waarhebikrechtop.aanvraag.internal;

import nl.waarhebikrechtop.aanvraag.Application;
import nl.waarhebikrechtop.aanvraag.ApplicationStatus;
import nl.waarhebikrechtop.aanvraag.Beneficiary;
import nl.waarhebikrechtop.aanvraag.Choice;
import nl.waarhebikrechtop.aanvraag.Households;
import nl.waarhebikrechtop.aanvraag.Scheme;
import nl.waarhebikrechtop.eligibility.Verdict;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The application tables on H2 (PostgresMigrationsTest runs the same migration on PostgreSQL). */
@SpringBootTest
@Transactional
class ApplicationStoreTest {

    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    @Autowired ApplicationStore store;

    private static Application draft(List<Choice> choices) {
        return new Application(UUID.randomUUID(), Scheme.MEEDOEN, ApplicationStatus.DRAFT, Locale.of("en"),
                Households.singleParentWithLowIncome(), choices, Households.contact("NL91ABNA0417164300"), null, null,
                T0, T0, null);
    }

    /** Submitted at T0 and, unless {@code decision} is null, decided an hour later. */
    private Application submitted(String reference, @Nullable ApplicationStatus decision) {
        Application draft = draft(List.of(Choice.forChild(0, Choice.MEEDOEN_PREMIUM)));
        store.save(draft);
        store.markSubmitted(draft.id(), reference, "{}", Verdict.LIKELY, T0);
        if (decision != null) {
            store.decide(draft.id(), decision, "", T0.plusSeconds(3600));
        }
        return draft;
    }

    @Test
    void a_draft_round_trips_with_its_household_choices_and_contact_details() {
        // In the order the store reads them back: by beneficiary, then person, then item.
        Application draft = draft(List.of(new Choice(Beneficiary.APPLICANT, 0, Choice.SPORT_CULTURE),
                Choice.forChild(1, Choice.MEEDOEN_PREMIUM)));

        store.save(draft);

        assertThat(store.find(draft.id())).contains(draft);
    }

    @Test
    void saving_again_replaces_the_choices_and_keeps_the_creation_time() {
        Application draft = draft(List.of(Choice.forChild(0, Choice.MEEDOEN_PREMIUM)));
        store.save(draft);
        Application changed = new Application(draft.id(), draft.scheme(), draft.status(), draft.locale(),
                draft.situation(), List.of(Choice.forChild(1, Choice.MEEDOEN_PREMIUM)), draft.contact(), null, null,
                T0.plusSeconds(600), T0.plusSeconds(600), null);

        store.save(changed);

        Application found = store.find(draft.id()).orElseThrow();
        assertThat(found.choices()).containsExactly(Choice.forChild(1, Choice.MEEDOEN_PREMIUM));
        assertThat(found.createdAt()).isEqualTo(T0);
        assertThat(found.updatedAt()).isEqualTo(T0.plusSeconds(600));
    }

    @Test
    void a_submitted_application_keeps_its_reference_verdict_and_assessment_and_cannot_be_submitted_twice() {
        Application draft = draft(List.of());
        store.save(draft);

        assertThat(store.markSubmitted(draft.id(), "MD-2026-ABCDEF", "{\"date\":\"2026-03-02\"}", Verdict.MAYBE, T0))
                .isTrue();
        assertThat(store.markSubmitted(draft.id(), "MD-2026-GHJKLM", "{}", Verdict.LIKELY, T0)).isFalse();

        Application found = store.find(draft.id()).orElseThrow();
        assertThat(found.status()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(found.reference()).isEqualTo("MD-2026-ABCDEF");
        assertThat(found.verdictAtSubmit()).isEqualTo(Verdict.MAYBE);
        assertThat(found.submittedAt()).isEqualTo(T0);
        assertThat(store.assessmentJson(draft.id())).contains("{\"date\":\"2026-03-02\"}");
        assertThat(store.referenceTaken("MD-2026-ABCDEF")).isTrue();
        assertThat(store.status(draft.id())).contains(ApplicationStatus.SUBMITTED);
    }

    @Test
    void only_granted_and_refused_applications_are_found_and_deleted_by_the_date_of_their_decision() {
        Application granted = submitted("MD-2026-GRANTD", ApplicationStatus.GRANTED);
        Application refused = submitted("MD-2026-REFUSD", ApplicationStatus.REFUSED);
        Application asked = submitted("MD-2026-ASKEDD", ApplicationStatus.INFO_REQUESTED);
        Application waiting = submitted("MD-2026-WAITNG", null);
        Instant justAfter = T0.plusSeconds(3601);

        assertThat(store.decidedBefore(T0.plusSeconds(3600))).as("strictly before").isEmpty();
        assertThat(store.decidedBefore(justAfter)).containsExactlyInAnyOrder(
                new ApplicationStore.Decided(granted.id(), "MD-2026-GRANTD", T0.plusSeconds(3600)),
                new ApplicationStore.Decided(refused.id(), "MD-2026-REFUSD", T0.plusSeconds(3600)));

        assertThat(store.deleteDecided(granted.id(), T0.plusSeconds(3600))).as("not yet").isFalse();
        assertThat(store.deleteDecided(asked.id(), justAfter)).as("still open").isFalse();
        assertThat(store.deleteDecided(waiting.id(), justAfter)).as("still open").isFalse();
        assertThat(store.deleteDecided(granted.id(), justAfter)).isTrue();
        assertThat(store.find(granted.id())).isEmpty();
        assertThat(store.find(refused.id())).isPresent();
        assertThat(store.find(asked.id())).isPresent();
        assertThat(store.find(waiting.id())).isPresent();
    }

    @Test
    void a_resume_token_finds_its_application_until_the_moment_it_expires() {
        Application draft = draft(List.of());
        store.save(draft);
        store.insertResumeToken("ab".repeat(32), draft.id(), T0, T0.plusSeconds(60));

        assertThat(store.applicationForToken("ab".repeat(32), T0.plusSeconds(59))).contains(draft.id());
        assertThat(store.applicationForToken("ab".repeat(32), T0.plusSeconds(60))).isEmpty();
        assertThat(store.applicationForToken("cd".repeat(32), T0)).isEmpty();
    }

    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void a_draft_saved_by_an_older_or_newer_version_still_opens_when_fields_were_added_or_removed() {
        Application draft = draft(List.of(Choice.forChild(0, Choice.MEEDOEN_PREMIUM)));
        store.save(draft);
        String json = jdbc.sql("SELECT situation_json FROM application WHERE id = ?").param(draft.id())
                .query(String.class).single();
        String changed = json.replaceFirst("\\{", "{\"fieldFromAnotherVersion\":true,");
        jdbc.sql("UPDATE application SET situation_json = ? WHERE id = ?").params(changed, draft.id()).update();

        assertThat(store.find(draft.id())).get().extracting(Application::situation).isEqualTo(draft.situation());
    }
}
