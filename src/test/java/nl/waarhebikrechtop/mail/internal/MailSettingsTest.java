package nl.waarhebikrechtop.mail.internal;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class MailSettingsTest {

    private final MailSettings settings = new MailSettings("x@example.nl", 8, Duration.ofMinutes(1),
            Duration.ofHours(6), 50, Duration.ofDays(90));

    @Test
    void the_wait_doubles_after_every_failure_up_to_the_maximum() {
        assertThat(settings.backoff(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(settings.backoff(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(settings.backoff(5)).isEqualTo(Duration.ofMinutes(16));
        assertThat(settings.backoff(10)).isEqualTo(Duration.ofHours(6));
        assertThat(settings.backoff(1000)).isEqualTo(Duration.ofHours(6));
    }

    @Test
    void a_long_error_is_cut_to_fit_the_column() {
        String cut = OutboxStore.truncate("x".repeat(5000));
        assertThat(cut).hasSize(OutboxStore.LAST_ERROR_MAX_LENGTH).endsWith("…");
        assertThat(OutboxStore.truncate("short")).isEqualTo("short");
    }
}
