package nl.waarhebikrechtop.api;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/** The dates the API answers for: wide enough for any real question, narrow enough to refuse typing errors. */
final class DateRange {

    static final LocalDate FIRST = LocalDate.of(2000, 1, 1);
    static final LocalDate LAST = LocalDate.of(2099, 12, 31);
    static final String KEY = "api.error.date";

    private DateRange() {
    }

    /** An error for a date outside the range, or {@code null} when it is fine. */
    static @Nullable ApiError check(String field, LocalDate date) {
        if (date.isBefore(FIRST) || date.isAfter(LAST)) {
            return ApiError.of(field, KEY, "Vul een datum in van " + FIRST + " tot en met " + LAST + ".",
                    "Enter a date from " + FIRST + " to " + LAST + ".");
        }
        return null;
    }
}
