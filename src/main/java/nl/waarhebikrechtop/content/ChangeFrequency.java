package nl.waarhebikrechtop.content;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.time.Month;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * How often a parameter gets a new value, written in the YAML as {@code changes: half-yearly | yearly | never}.
 * It decides when a parameter is stale: when a scheduled change date has passed without a new value.
 */
public enum ChangeFrequency {
    /** Every 1 January and 1 July, like the bijstand norms, which follow the statutory minimum wage. */
    HALF_YEARLY("half-yearly"),
    /** Every 1 January, like asset limits and the national allowances' limits. */
    YEARLY("yearly"),
    /** Only by a change of law (percentages, ages): never stale. */
    NEVER("never");

    private final String yaml;

    ChangeFrequency(String yaml) {
        this.yaml = yaml;
    }

    /** The word in the YAML file. */
    public String yaml() {
        return yaml;
    }

    /** The first scheduled change date strictly after the date, or {@code null} for {@link #NEVER}. */
    public @Nullable LocalDate nextChangeAfter(LocalDate date) {
        return switch (this) {
            case HALF_YEARLY -> date.getMonthValue() < Month.JULY.getValue()
                    ? LocalDate.of(date.getYear(), Month.JULY, 1)
                    : LocalDate.of(date.getYear() + 1, Month.JANUARY, 1);
            case YEARLY -> LocalDate.of(date.getYear() + 1, Month.JANUARY, 1);
            case NEVER -> null;
        };
    }

    /** The frequency for a YAML word, or {@code null} when there is none. */
    static @Nullable ChangeFrequency fromYaml(String word) {
        return Arrays.stream(values()).filter(f -> f.yaml.equals(word)).findFirst().orElse(null);
    }

    /** The allowed words, for error messages: "half-yearly, yearly or never". */
    static String words() {
        String all = Arrays.stream(values()).map(ChangeFrequency::yaml).collect(Collectors.joining(", "));
        int last = all.lastIndexOf(", ");
        return all.substring(0, last) + " or " + all.substring(last + 2);
    }
}
