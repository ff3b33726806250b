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

    /** Writes right to left into a char array: one allocation for the array, one for the string. */
    private static String format(long cents, String prefix, char group, char decimal) {
        boolean negative = cents < 0;
        long value = negative ? -cents : cents;
        char[] out = new char[32];
        int i = out.length;
        out[--i] = (char) ('0' + value % 10);
        out[--i] = (char) ('0' + value / 10 % 10);
        out[--i] = decimal;
        long whole = value / 100;
        int digits = 0;
        do {
            if (digits > 0 && digits % 3 == 0) {
                out[--i] = group;
            }
            out[--i] = (char) ('0' + whole % 10);
            whole /= 10;
            digits++;
        } while (whole > 0);
        for (int p = prefix.length() - 1; p >= 0; p--) {
            out[--i] = prefix.charAt(p);
        }
        if (negative) {
            out[--i] = '-';
        }
        return new String(out, i, out.length - i);
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
