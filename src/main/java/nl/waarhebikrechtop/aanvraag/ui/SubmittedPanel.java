package nl.waarhebikrechtop.aanvraag.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import nl.waarhebikrechtop.aanvraag.Submitted;
import nl.waarhebikrechtop.shared.ui.PageHeading;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The confirmation after submitting: the reference, and what happens next and by when. */
class SubmittedPanel extends Div {

    SubmittedPanel(Submitted submitted) {
        add(new PageHeading(getTranslation("apply.done.title")),
                new Paragraph(getTranslation("apply.done.reference", submitted.reference())),
                new Paragraph(getTranslation("apply.done.mail", submitted.email())),
                new H2(getTranslation("apply.done.next")),
                new UnorderedList(new ListItem(getTranslation("apply.done.step1")),
                        new ListItem(getTranslation("apply.done.step2")),
                        new ListItem(getTranslation("apply.done.step3", date(submitted.decideBy(), getLocale())))));
    }

    static String date(LocalDate date, Locale locale) {
        boolean english = locale != null && "en".equals(locale.getLanguage());
        return date.format(DateTimeFormatter.ofPattern("d MMMM yyyy", english ? Locale.ENGLISH : Locale.of("nl")));
    }
}
