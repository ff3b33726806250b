package nl.waarhebikrechtop.shared.ui;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class MoneyInputTest {

    @ParameterizedTest(name = "\"{0}\" is read as {1}")
    @CsvSource(delimiter = '|', value = {
            "1.234,56 | 1234.56",
            "1234 | 1234.00",
            "€ 1.234 | 1234.00",
            "€1.234,- | 1234.00",
            "12,5 | 12.50",
            "1234.56 | 1234.56",
            "1,234.56 | 1234.56",
            "0 | 0.00",
            "  850  | 850.00",
            "1.000.000 | 1000000.00"})
    void amounts_are_read_as_people_type_them(String text, BigDecimal expected) {
        assertThat(MoneyInput.parse(text)).contains(expected);
    }

    @ParameterizedTest(name = "\"{0}\" is not an amount")
    @ValueSource(strings = {"", "  ", "abc", "-100", "12,345", "1.23.4", "12,3,4", "1e5", "1.2345"})
    void text_that_is_not_an_amount_is_refused(String text) {
        assertThat(MoneyInput.parse(text)).isEmpty();
    }

    @ParameterizedTest(name = "{0} in {1} is written \"{2}\"")
    @CsvSource(delimiter = '|', value = {"1234.5 | nl | € 1.234,50", "1234.5 | en | €1,234.50", "0 | nl | € 0,00"})
    void amounts_are_written_back_in_the_readers_notation(BigDecimal amount, String language, String expected) {
        assertThat(MoneyInput.format(amount, Locale.of(language))).isEqualTo(expected);
    }
}
