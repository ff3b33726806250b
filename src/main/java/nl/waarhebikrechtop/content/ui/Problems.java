package nl.waarhebikrechtop.content.ui;

import nl.waarhebikrechtop.content.ChangeRefused;
import com.vaadin.flow.component.Component;
import nl.waarhebikrechtop.content.ParameterPublishing;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.Locale;

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
}
