package nl.waarhebikrechtop.aanvraag;

import nl.waarhebikrechtop.content.PagePlaceholders;
import org.springframework.stereotype.Component;

import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code {{decidedRetention}}} on the privacy page: how long a sent application is kept, from the same setting
 * the nightly deletion uses, so the page cannot promise something else than what happens. While the municipality
 * has not set the period, the page says so instead of naming a figure.
 */
@Component
class RetentionPlaceholders implements PagePlaceholders {

    static final String DECIDED_RETENTION = "decidedRetention";

    private final RetentionSettings settings;

    RetentionPlaceholders(RetentionSettings settings) {
        this.settings = settings;
    }

    @Override
    public Map<String, String> values(Locale language) {
        boolean english = "en".equals(language.getLanguage());
        String text = settings.decided()
                .map(period -> duration(period, english) + (english ? " after the decision" : " na het besluit"))
                .orElse(english
                        ? "As long as the law requires. The municipality has not yet set this period (to be confirmed)"
                        : "Zolang de wet dat vraagt. De gemeente stelt deze termijn nog vast (onder voorbehoud)");
        return Map.of(DECIDED_RETENTION, text);
    }

    /** "7 jaar", "1 jaar en 6 maanden", "90 days". */
    static String duration(Period period, boolean english) {
        List<String> parts = new ArrayList<>();
        add(parts, period.getYears(), english ? "year" : "jaar", english ? "years" : "jaar");
        add(parts, period.getMonths(), english ? "month" : "maand", english ? "months" : "maanden");
        add(parts, period.getDays(), english ? "day" : "dag", english ? "days" : "dagen");
        if (parts.size() == 1) {
            return parts.getFirst();
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + (english ? " and " : " en ")
                + parts.getLast();
    }

    private static void add(List<String> parts, int amount, String one, String more) {
        if (amount != 0) {
            parts.add(amount + " " + (amount == 1 ? one : more));
        }
    }
}
