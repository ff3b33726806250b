package nl.waarhebikrechtop.content.ui;

import nl.waarhebikrechtop.content.Unit;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/** A parameter's value as staff read it: "€ 2.094,98", "4,3%", "18". */
final class Amounts {

    private Amounts() {
    }

    static String format(BigDecimal value, Unit unit, Locale locale) {
        NumberFormat number = NumberFormat.getNumberInstance(locale.getLanguage().equals("en") ? Locale.UK : Locale.of("nl", "NL"));
        number.setMinimumFractionDigits(unit.money() && value.stripTrailingZeros().scale() > 0 ? 2 : 0);
        number.setMaximumFractionDigits(6);
        String text = number.format(value);
        if (unit.money()) {
            return "€ " + text;
        }
        return unit == Unit.PERCENT ? text + "%" : text;
    }
}
