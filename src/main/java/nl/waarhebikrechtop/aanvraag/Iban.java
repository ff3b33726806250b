package nl.waarhebikrechtop.aanvraag;

import java.math.BigInteger;
import java.util.Locale;

/** IBAN checks: the shape and the ISO 13616 mod-97 check digits. */
public final class Iban {

    private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);

    private Iban() {
    }

    /** Without spaces, in capitals: "nl91 abna 0417 1643 00" becomes "NL91ABNA0417164300". */
    public static String normalise(String text) {
        return text == null ? "" : text.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }

    /** True when the text (spaces allowed) is a well-formed IBAN whose check digits are right. */
    public static boolean isValid(String text) {
        String iban = normalise(text);
        if (!iban.matches("[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}")) {
            return false;
        }
        if (iban.startsWith("NL") && iban.length() != 18) {
            return false;
        }
        String rearranged = iban.substring(4) + iban.substring(0, 4);
        StringBuilder digits = new StringBuilder(rearranged.length() * 2);
        for (char c : rearranged.toCharArray()) {
            digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
        }
        return new BigInteger(digits.toString()).mod(NINETY_SEVEN).intValue() == 1;
    }
}
