package nl.waarhebikrechtop.eligibility;

import nl.waarhebikrechtop.content.TextArgument;

import java.util.Locale;

/** Arguments of reason texts that format per language: amounts of money and percentages. */
final class Args {

    private Args() {
    }

    /** An amount in cents: Dutch "€ 1.369,06", English "€1,369.06". */
    record Amount(long cents) implements TextArgument {
        @Override
        public String format(Locale locale) {
            return "en".equals(locale.getLanguage()) ? Money.en(cents) : Money.nl(cents);
        }
    }

    /** A percentage in basis points: Dutch "2,15%", English "2.15%". */
    record Percent(long basisPoints) implements TextArgument {
        @Override
        public String format(Locale locale) {
            return "en".equals(locale.getLanguage()) ? Money.percentEn(basisPoints) : Money.percentNl(basisPoints);
        }
    }

    static Amount amount(long cents) {
        return new Amount(cents);
    }

    static Percent percent(long basisPoints) {
        return new Percent(basisPoints);
    }
}
