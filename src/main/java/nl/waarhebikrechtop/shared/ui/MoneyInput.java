package nl.waarhebikrechtop.shared.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads amounts the way people in the Netherlands type them — "1.234,56", "1234", "€ 1.234", "12,5", "1234.56" —
 * and writes them back in Dutch or English notation, so the form can show what it understood.
 */
public final class MoneyInput {

    /** Dots as thousands separators (groups of three), optionally a comma with one or two decimals. */
    private static final Pattern DUTCH = Pattern.compile("\\d{1,3}(\\.\\d{3})+(,\\d{1,2})?|\\d+(,\\d{1,2})?");
    /**
     * A dot for cents ("1234.5"), with commas as thousands separators only when the cents are there too
     * ("1,234.56"): "12,345" could mean either and is refused rather than guessed.
     */
    private static final Pattern ENGLISH = Pattern.compile("\\d{1,3}(,\\d{3})+\\.\\d{1,2}|\\d+(\\.\\d{1,2})?");

    private MoneyInput() {
    }

    /**
     * The amount in the text, or empty when it is not an amount (letters, a minus sign, three decimals...).
     * Blank text is empty too: callers decide whether an answer is required.
     */
    public static Optional<BigDecimal> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.replace("€", "").replace("EUR", "").replace("eur", "")
                .replace('\u00a0', ' ').replace(" ", "").replace("'", "");
        if (s.endsWith(",-") || s.endsWith(".-")) {
            s = s.substring(0, s.length() - 2);
        }
        if (s.isEmpty()) {
            return Optional.empty();
        }
        if (DUTCH.matcher(s).matches()) {
            return Optional.of(amount(s.replace(".", "").replace(',', '.')));
        }
        if (ENGLISH.matcher(s).matches()) {
            return Optional.of(amount(s.replace(",", "")));
        }
        return Optional.empty();
    }

    private static BigDecimal amount(String plain) {
        return new BigDecimal(plain).setScale(2, RoundingMode.UNNECESSARY);
    }

    /** "€ 1.234,56" in Dutch, "€1,234.56" in English. */
    public static String format(BigDecimal amount, Locale locale) {
        boolean english = "en".equals(locale.getLanguage());
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(english ? Locale.UK : Locale.of("nl", "NL"));
        DecimalFormat format = new DecimalFormat("#,##0.00", symbols);
        return (english ? "€" : "€ ") + format.format(amount);
    }
}
