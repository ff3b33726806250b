package nl.waarhebikrechtop.aanvraag;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import java.time.Period;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code portal.aanvraag.decided-retention} as Spring binds it at start-up. */
class RetentionSettingsTest {

    @EnableConfigurationProperties(RetentionSettings.class)
    static class Config {
    }

    private final ApplicationContextRunner context = new ApplicationContextRunner().withUserConfiguration(Config.class);

    @Test
    void an_iso_period_is_bound() {
        context.withPropertyValues("portal.aanvraag.decided-retention=P7Y").run(started ->
                assertThat(started.getBean(RetentionSettings.class).decided()).contains(Period.ofYears(7)));
    }

    @Test
    void unset_or_empty_means_no_period() {
        context.run(started -> assertThat(started.getBean(RetentionSettings.class).decided()).isEmpty());
        context.withPropertyValues("portal.aanvraag.decided-retention=").run(started ->
                assertThat(started.getBean(RetentionSettings.class).decided()).isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"P0D", "P0Y", "-P7Y", "P7Y-1D"})
    void a_period_of_zero_or_less_stops_the_start_with_a_clear_message(String value) {
        context.withPropertyValues("portal.aanvraag.decided-retention=" + value).run(started -> {
            assertThat(started).hasFailed();
            assertThat(started.getStartupFailure()).rootCause()
                    .hasMessageContaining("portal.aanvraag.decided-retention must be a positive ISO-8601 period");
        });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"7", "7y", "7 jaar"})
    void anything_but_iso_8601_stops_the_start_so_that_7_cannot_mean_seven_days(String value) {
        context.withPropertyValues("portal.aanvraag.decided-retention=" + value).run(started -> {
            assertThat(started).hasFailed();
            assertThat(started.getStartupFailure()).hasStackTraceContaining("'" + value + "' is not a valid ISO-8601 period");
        });
    }
}
