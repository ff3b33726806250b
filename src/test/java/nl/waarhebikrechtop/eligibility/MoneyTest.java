package nl.waarhebikrechtop.eligibility;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MoneyTest {

    @Test
    void dutch_amounts_have_a_space_after_the_euro_sign_dots_for_thousands_and_a_decimal_comma() {
        assertThat(Money.nl(148000)).isEqualTo("€ 1.480,00");
        assertThat(Money.nl(5)).isEqualTo("€ 0,05");
        assertThat(Money.nl(123456789)).isEqualTo("€ 1.234.567,89");
        assertThat(Money.nl(100000)).isEqualTo("€ 1.000,00");
    }

    @Test
    void english_amounts_have_no_space_commas_for_thousands_and_a_decimal_point() {
        assertThat(Money.en(148000)).isEqualTo("€1,480.00");
        assertThat(Money.en(4085700)).isEqualTo("€40,857.00");
        assertThat(Money.en(-1050)).isEqualTo("-€10.50");
    }

    @Test
    void percentages_of_a_norm_round_half_up_to_the_cent() {
        assertThat(Money.percentOf(136906, 12000)).isEqualTo(164287);
        assertThat(Money.percentOf(192207, 12000)).isEqualTo(230648);
        assertThat(Money.percentOf(136906, 13000)).isEqualTo(177978);
        assertThat(Money.percentOf(1, 5000)).isEqualTo(1);
    }

    @Test
    void percentages_print_without_needless_decimals() {
        assertThat(Money.percentNl(12000)).isEqualTo("120%");
        assertThat(Money.percentNl(4333)).isEqualTo("43,33%");
        assertThat(Money.percentEn(4305)).isEqualTo("43.05%");
        assertThat(Money.percentEn(4330)).isEqualTo("43.3%");
    }
}
