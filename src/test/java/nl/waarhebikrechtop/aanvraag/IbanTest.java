package nl.waarhebikrechtop.aanvraag;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class IbanTest {

    @ParameterizedTest(name = "{0} is a valid IBAN")
    @ValueSource(strings = {"NL91ABNA0417164300", "nl91 abna 0417 1643 00", "NL20INGB0001234567", "DE89370400440532013000",
            "BE68539007547034"})
    void ibans_with_the_right_check_digits_are_valid(String iban) {
        assertThat(Iban.isValid(iban)).isTrue();
    }

    @ParameterizedTest(name = "{0} is not a valid IBAN")
    @ValueSource(strings = {"NL91ABNA0417164301", "NL19ABNA0417164300", "NL91ABNA041716430", "1234567890", "",
            "NL91-ABNA-0417-1643-00"})
    void a_typo_a_swap_or_a_wrong_length_is_not_valid(String iban) {
        assertThat(Iban.isValid(iban)).isFalse();
    }
}
