package nl.waarhebikrechtop.eligibility;

import java.math.BigDecimal;

/**
 * Amounts as cents (long) and their formatting without {@code String.format} or {@code NumberFormat}, because
 * the rules format many amounts per evaluation: Dutch "€ 1.480,00", English "€1,480.00".
 */
final class Money {

    private Money() {
    }

    /** Euros with at most two decimals (guaranteed by the validator) as cents. */
    static long cents(BigDecimal euros) {
        return euros.movePointRight(2).longValue();
    }

    static BigDecimal euros(long cents) {
        return BigDecimal.valueOf(cents, 2);
    }

    static String nl(long cents) {
        return format(cents, "€ ", '.', ',');
    }

    static String en(long cents) {
        return format(cents, "€", ',', '.');
    }

    /** A percentage given in basis points: 12000 = "120%", Dutch decimal comma. */
    static String percentNl(long basisPoints) {
        return percent(basisPoints, ',');
    }

    static String percentEn(long basisPoints) {
        return percent(basisPoints, '.');
    }

    private static String format(long cents, String prefix, char group, char decimal) {
        StringBuilder out = new StringBuilder(16);
        if (cents < 0) {
            out.append('-');
            cents = -cents;
        }
        out.append(prefix);
        appendGrouped(out, cents / 100, group);
        long rest = cents % 100;
        out.append(decimal).append((char) ('0' + rest / 10)).append((char) ('0' + rest % 10));
        return out.toString();
    }

    private static void appendGrouped(StringBuilder out, long whole, char group) {
        if (whole >= 1000) {
            appendGrouped(out, whole / 1000, group);
            out.append(group);
            long part = whole % 1000;
            out.append((char) ('0' + part / 100)).append((char) ('0' + part / 10 % 10)).append((char) ('0' + part % 10));
        } else {
            out.append(whole);
        }
    }

    private static String percent(long basisPoints, char decimal) {
        long whole = basisPoints / 100;
        long rest = basisPoints % 100;
        if (rest == 0) {
            return whole + "%";
        }
        return whole + String.valueOf(decimal) + (rest < 10 ? "0" : "") + (rest % 10 == 0 ? rest / 10 : rest) + "%";
    }

    /** cents × basisPoints / 10000, rounded half up: e.g. 120% of a norm. */
    static long percentOf(long cents, long basisPoints) {
        return (cents * basisPoints * 2 + 10000) / 20000;
    }
}
