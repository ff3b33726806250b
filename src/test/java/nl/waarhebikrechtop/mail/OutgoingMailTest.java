package nl.waarhebikrechtop.mail;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OutgoingMailTest {

    @ParameterizedTest(name = "\"{0}\" is refused")
    @ValueSource(strings = {"", "jan", "jan@", "Jan <jan@example.nl>", "a@example.nl, b@example.nl",
            "jan@example.nl\r\nBcc: x@example.nl"})
    void anything_but_one_plain_address_is_refused(String address) {
        assertThat(OutgoingMail.isValidAddress(address)).isFalse();
        assertThatThrownBy(() -> OutgoingMail.oneOff("test-mail", Locale.ENGLISH, address, Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_plain_address_is_accepted_without_surrounding_spaces() {
        OutgoingMail mail = OutgoingMail.kept("test-mail", Locale.ENGLISH, " jan.de.vries@example.nl ", Map.of());

        assertThat(mail.to()).isEqualTo("jan.de.vries@example.nl");
        assertThat(mail.retention()).isEqualTo(OutgoingMail.Retention.KEEP);
    }
}
