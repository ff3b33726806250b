package nl.waarhebikrechtop.content;

import java.util.Locale;

/** The unit of a dated parameter, written in the YAML in lower case (e.g. {@code eur_per_month}). */
public enum Unit {
    EUR(true, false),
    EUR_PER_MONTH(true, false),
    EUR_PER_YEAR(true, false),
    EUR_PER_SCHOOL_YEAR(true, false),
    /** A percentage such as 120 (meaning 120%). */
    PERCENT(false, false),
    YEARS(false, true),
    MONTHS(false, true),
    WEEKS(false, true);

    private final boolean money;
    private final boolean whole;

    Unit(boolean money, boolean whole) {
        this.money = money;
        this.whole = whole;
    }

    /** Amounts in euros: at most two decimals. */
    public boolean money() {
        return money;
    }

    /** Counts of years, months or weeks: whole numbers only. */
    public boolean whole() {
        return whole;
    }

    /** The unit for a YAML name, or {@code null} when there is none. */
    static Unit fromYaml(String name) {
        for (Unit unit : values()) {
            if (unit.name().toLowerCase(Locale.ROOT).equals(name)) {
                return unit;
            }
        }
        return null;
    }
}
