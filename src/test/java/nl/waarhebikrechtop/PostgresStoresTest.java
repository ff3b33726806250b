package nl.waarhebikrechtop;

import nl.waarhebikrechtop.aanvraag.Application;
import nl.waarhebikrechtop.aanvraag.ApplicationStatus;
import nl.waarhebikrechtop.aanvraag.Beneficiary;
import nl.waarhebikrechtop.aanvraag.Choice;
import nl.waarhebikrechtop.aanvraag.Households;
import nl.waarhebikrechtop.aanvraag.Scheme;
import nl.waarhebikrechtop.aanvraag.internal.ApplicationStore;
import nl.waarhebikrechtop.aanvraag.internal.DocumentStore;
import nl.waarhebikrechtop.aanvraag.Document;
import nl.waarhebikrechtop.aanvraag.DocumentType;
import nl.waarhebikrechtop.aanvraag.Message;
import nl.waarhebikrechtop.aanvraag.TestFiles;
import nl.waarhebikrechtop.eligibility.Verdict;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The JDBC stores against PostgreSQL (UUIDs, times with offset, LIMIT, identity columns), not only H2. Same server and skip rule as
 * {@link PostgresMigrationsTest}.
 */
class PostgresStoresTest {

    private final String schema = "stores_" + ProcessHandle.current().pid();
    private JdbcClient jdbc;

    @BeforeEach
    void migrate() {
        assumeTrue(PostgresMigrationsTest.reachable(), "Skipped: no PostgreSQL server reachable at "
                + PostgresMigrationsTest.URL);
        Flyway.configure().dataSource(PostgresMigrationsTest.URL, PostgresMigrationsTest.USER,
                PostgresMigrationsTest.PASSWORD).schemas(schema).createSchemas(true)
                .locations("classpath:db/migration").load().migrate();
        DriverManagerDataSource dataSource = new DriverManagerDataSource(PostgresMigrationsTest.URL + "?currentSchema="
                + schema, PostgresMigrationsTest.USER, PostgresMigrationsTest.PASSWORD);
        jdbc = JdbcClient.create(dataSource);
    }

    @AfterEach
    void dropSchema() throws SQLException {
        if (jdbc != null) {
            try (Connection c = DriverManager.getConnection(PostgresMigrationsTest.URL, PostgresMigrationsTest.USER,
                    PostgresMigrationsTest.PASSWORD); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        }
    }

    @Test
    void documents_and_messages_round_trip_on_postgresql_as_bytea() {
        ApplicationStore applications = new ApplicationStore(jdbc, tools.jackson.databind.json.JsonMapper.builder().build());
        DocumentStore store = new DocumentStore(jdbc);
        Instant now = Instant.parse("2026-03-02T09:00:00.123456Z");
        Application draft = new Application(UUID.randomUUID(), Scheme.KINDPAKKET, ApplicationStatus.DRAFT,
                Locale.of("nl"), Households.singleParentWithLowIncome(), List.of(), Households.contact(""), null, null,
                now, now, null);
        applications.save(draft);
        byte[] big = TestFiles.pngOfSize(3 * 1024 * 1024);
        Document document = new Document(UUID.randomUUID(), "loon.png", DocumentType.PNG, big.length, now);

        store.insert(draft.id(), document, big);
        store.insertMessage(draft.id(), new Message(Message.Author.CASEWORKER, "Uw loonstrook, graag.", now));

        assertThat(store.list(draft.id())).containsExactly(document);
        assertThat(store.content(draft.id(), document.id())).get().isEqualTo(big);
        assertThat(store.content(UUID.randomUUID(), document.id())).isEmpty();
        assertThat(store.messages(draft.id())).containsExactly(
                new Message(Message.Author.CASEWORKER, "Uw loonstrook, graag.", now));
        assertThat(applications.deleteUnlinkedDraftsUpdatedBefore(now.plusSeconds(1))).as("no resume link").isOne();
        assertThat(store.count(draft.id())).as("files go with their application").isZero();
    }

    @Test
    void applications_and_resume_tokens_round_trip_on_postgresql() {
        ApplicationStore store = new ApplicationStore(jdbc, tools.jackson.databind.json.JsonMapper.builder().build());
        Instant now = Instant.parse("2026-03-02T09:00:00.123456Z");
        Application draft = new Application(UUID.randomUUID(), Scheme.MEEDOEN, ApplicationStatus.DRAFT, Locale.of("nl"),
                Households.singleParentWithLowIncome(), List.of(new Choice(Beneficiary.APPLICANT, 0,
                Choice.SPORT_CULTURE), Choice.forChild(1, Choice.MEEDOEN_PREMIUM)),
                Households.contact("NL91ABNA0417164300"), null, null, now, now, null);
        store.save(draft);
        store.insertResumeToken("ab".repeat(32), draft.id(), now, now.plus(Duration.ofDays(30)));

        assertThat(store.find(draft.id())).contains(draft);
        assertThat(store.deleteUnlinkedDraftsUpdatedBefore(now.plusSeconds(1))).as("it has a resume link").isZero();
        assertThat(store.applicationForToken("ab".repeat(32), now.plus(Duration.ofDays(30)))).isEmpty();
        assertThat(store.markSubmitted(draft.id(), "MD-2026-ABCDEF", "{\"date\":\"2026-03-02\"}", Verdict.LIKELY,
                now)).isTrue();
        assertThat(store.find(draft.id()).orElseThrow().submittedAt()).isEqualTo(now);
        assertThat(store.deleteDraftsUpdatedBefore(now.plusSeconds(1))).as("submitted ones stay").isZero();
    }

    @Test
    void decided_applications_are_found_and_deleted_with_their_choices_and_links_on_postgresql() {
        ApplicationStore store = new ApplicationStore(jdbc, tools.jackson.databind.json.JsonMapper.builder().build());
        Instant submitted = Instant.parse("2026-03-02T09:00:00.123456Z");
        Instant decided = submitted.plus(Duration.ofDays(20));
        UUID granted = submittedApplication(store, "MD-2026-GRANTD", submitted);
        UUID asked = submittedApplication(store, "MD-2026-ASKEDD", submitted);
        assertThat(store.decide(granted, ApplicationStatus.GRANTED, "", decided)).isTrue();
        assertThat(store.decide(asked, ApplicationStatus.INFO_REQUESTED, "Loonstrook?", decided)).isTrue();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM application WHERE id = ? AND decided_at IS NULL").param(asked)
                .query(Long.class).single()).as("asking for information is not a decision").isOne();

        assertThat(store.decidedBefore(decided)).isEmpty();
        assertThat(store.decidedBefore(decided.plusNanos(1000))).containsExactly(
                new ApplicationStore.Decided(granted, "MD-2026-GRANTD", decided));
        assertThat(store.deleteDecided(asked, decided.plusSeconds(1))).isFalse();
        assertThat(store.deleteDecided(granted, decided.plusSeconds(1))).isTrue();

        assertThat(store.find(granted)).isEmpty();
        assertThat(store.find(asked)).isPresent();
        for (String table : List.of("application_choice", "resume_token")) {
            assertThat(jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE application_id = ?").param(granted)
                    .query(Long.class).single()).as(table + " rows of the deleted application").isZero();
            assertThat(jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE application_id = ?").param(asked)
                    .query(Long.class).single()).as(table + " rows of the open application").isPositive();
        }
    }

    private static UUID submittedApplication(ApplicationStore store, String reference, Instant at) {
        Application draft = new Application(UUID.randomUUID(), Scheme.MEEDOEN, ApplicationStatus.DRAFT,
                Locale.of("nl"), Households.singleParentWithLowIncome(), List.of(Choice.forChild(1,
                Choice.MEEDOEN_PREMIUM)), Households.contact(""), null, null, at, at, null);
        store.save(draft);
        store.insertResumeToken(reference.toLowerCase().repeat(5).substring(0, 64), draft.id(), at,
                at.plus(Duration.ofDays(30)));
        assertThat(store.markSubmitted(draft.id(), reference, "{}", Verdict.LIKELY, at)).isTrue();
        return draft.id();
    }
}
