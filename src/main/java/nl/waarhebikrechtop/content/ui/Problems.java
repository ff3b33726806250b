package nl.waarhebikrechtop.content.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Paragraph;
import nl.waarhebikrechtop.content.ChangeRefused;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/** The text of a publishing problem in the view's language; dates as people read them. */
final class Problems {

    private Problems() {
    }

    static String text(Component view, Locale locale, ChangeRefused.Problem problem) {
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        Object[] arguments = Arrays.stream(problem.arguments())
                .map(a -> a instanceof LocalDate date ? dates.format(date) : a).toArray();
        return view.getTranslation(problem.messageKey(), arguments);
    }

    /**
     * Each problem next to its field, the first such field focused; problems without a field in {@code general}
     * (above the buttons). What was typed stays in the fields.
     */
    static void show(Component view, Locale locale, ChangeRefused refused, Map<String, ? extends HasValidation> fields,
                     Paragraph general) {
        boolean focused = false;
        StringBuilder text = new StringBuilder();
        for (ChangeRefused.Problem problem : refused.problems()) {
            String message = text(view, locale, problem);
            HasValidation field = fields.get(problem.field());
            if (field == null) {
                text.append(text.isEmpty() ? "" : " ").append(message);
                continue;
            }
            field.setErrorMessage(message);
            field.setInvalid(true);
            if (!focused && field instanceof Focusable<?> focusable) {
                focusable.focus();
                focused = true;
            }
        }
        general.setText(text.toString());
        general.setVisible(!text.isEmpty());
    }
}
