package nl.waarhebikrechtop.aanvraag;

import nl.waarhebikrechtop.Application;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import tools.jackson.databind.json.JsonMapper;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;

/**
 * The caseworker queue with many applications on the PostgreSQL server: fills a schema of its own with N
 * applications (default 100,000: a year of submissions, most submitted or decided, some drafts, questions on the
 * ones waiting for information), starts the portal on it and times the queue's first page and its count, unfiltered
 * and with filters, as the queue view asks for them. Wall time includes the database; CPU time is the portal's own
 * thread. Run with
 * {@code ./mvnw -Pbench test-compile exec:exec -Dbench.main=nl.waarhebikrechtop.aanvraag.QueueQueryBenchmark
 * -Dbench.args=100000}; the server is PORTAL_TEST_PG_URL / _USER / _PASSWORD (default 127.0.0.1:5432/test, root).
 */
public final class QueueQueryBenchmark {

    private static final String SCHEMA = "bench_queue";

    private QueueQueryBenchmark() {
    }

    public static void main(String[] args) {
        int applications = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        String url = env("PORTAL_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
        String user = env("PORTAL_TEST_PG_USER", "root");
        String password = env("PORTAL_TEST_PG_PASSWORD", "");
        JdbcClient admin = JdbcClient.create(new DriverManagerDataSource(url, user, password));
        admin.sql("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE").update();
        // As command-line arguments: they win over the test classpath's config/application.properties (H2).
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class).run(
                "--spring.datasource.url=" + url + "?currentSchema=" + SCHEMA, "--spring.datasource.username=" + user,
                "--spring.datasource.password=" + password, "--spring.flyway.schemas=" + SCHEMA, "--server.port=0",
                "--portal.demo-accounts.enabled=false", "--portal.mail.scheduler.enabled=false",
                "--logging.level.root=warn")) {
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            fill(jdbc, applications, context.getBean(JsonMapper.class).writeValueAsString(
                    Households.singleParentWithLowIncome()));
            Casework casework = context.getBean(Casework.class);
            for (QueueFilter filter : List.of(QueueFilter.ALL,
                    new QueueFilter(null, ApplicationStatus.SUBMITTED, null, false),
                    new QueueFilter(Scheme.KINDPAKKET, null, 6, false),
                    new QueueFilter(null, null, null, true))) {
                measure(casework, filter);
            }
        } finally {
            admin.sql("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE").update();
        }
    }

    private static void fill(JdbcClient jdbc, int n, String situationJson) {
        long start = System.nanoTime();
        // Statuses by share: 5% draft, 10% information asked, 15% granted, 10% refused, the rest submitted.
        jdbc.sql("""
                INSERT INTO application (id, reference, scheme, status, locale, situation_json, contact_name,
                    contact_street, contact_postcode, contact_place, contact_email, contact_phone, contact_iban,
                    created_at, updated_at, submitted_at, decided_at)
                SELECT gen_random_uuid(),
                    CASE WHEN i % 20 = 0 THEN NULL ELSE 'KP-2026-' || lpad(i::text, 6, '0') END,
                    CASE WHEN i % 3 = 0 THEN 'MEEDOEN' ELSE 'KINDPAKKET' END,
                    CASE WHEN i % 20 = 0 THEN 'DRAFT' WHEN i % 10 = 1 THEN 'INFO_REQUESTED'
                         WHEN i % 20 IN (2, 3, 4) THEN 'GRANTED' WHEN i % 10 = 5 THEN 'REFUSED' ELSE 'SUBMITTED' END,
                    'nl', :situation, 'Inwoner ' || i, 'Straat ' || i, '9401AA', 'Assen', 'inwoner' || i || '@example.nl',
                    '0612345678', 'NL91ABNA0417164300',
                    now() - (i % 365) * INTERVAL '1 day', now() - (i % 365) * INTERVAL '1 day',
                    CASE WHEN i % 20 = 0 THEN NULL ELSE now() - (i % 365) * INTERVAL '1 day' END,
                    CASE WHEN i % 20 IN (2, 3, 4) OR i % 10 = 5 THEN now() - (i % 365) * INTERVAL '1 day' + INTERVAL '20 days' END
                FROM generate_series(1, :n) AS i""").param("situation", situationJson).param("n", n).update();
        jdbc.sql("""
                INSERT INTO application_message (id, application_id, author, body, created_at)
                SELECT gen_random_uuid(), id, 'CASEWORKER', 'Stuur uw loonstrook.', submitted_at + INTERVAL '3 days'
                FROM application WHERE status = 'INFO_REQUESTED'""").update();
        jdbc.sql("ANALYZE application").update();
        jdbc.sql("ANALYZE application_message").update();
        System.out.printf("%,d applications stored in %d ms%n", n, (System.nanoTime() - start) / 1_000_000);
    }

    private static void measure(Casework casework, QueueFilter filter) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int warmUp = 30;
        int rounds = 100;
        double[] wall = new double[rounds];
        double[] cpu = new double[rounds];
        long rows = 0;
        for (int i = -warmUp; i < rounds; i++) {
            long c = threads.getCurrentThreadCpuTime();
            long w = System.nanoTime();
            rows = casework.queueSize(filter);
            int shown = casework.queue(filter, 0, 50).size();
            if (shown == 0 && rows > 0) {
                throw new IllegalStateException("no first page");
            }
            if (i >= 0) {
                wall[i] = (System.nanoTime() - w) / 1e6;
                cpu[i] = (threads.getCurrentThreadCpuTime() - c) / 1e6;
            }
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        System.out.printf("%s: %,d rows; count + first page of 50: median %.2f ms wall (p90 %.2f), %.2f ms portal CPU%n",
                filter, rows, wall[rounds / 2], wall[rounds * 9 / 10], cpu[rounds / 2]);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
