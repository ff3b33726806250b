package nl.waarhebikrechtop.route;

import com.vaadin.flow.i18n.I18NProvider;
import nl.waarhebikrechtop.shared.DutchTime;
import nl.waarhebikrechtop.shared.pdf.HtmlToPdf;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Renders the checklist of the steps a resident needs as a simple, printable PDF with an embedded font. */
final class ChecklistPdf {

    private static final String FONT_FAMILY = HtmlToPdf.FONT_FAMILY;

    private final I18NProvider i18n;
    private final Clock clock;

    ChecklistPdf(I18NProvider i18n, Clock clock) {
        this.i18n = i18n;
        this.clock = clock;
    }

    byte[] render(Locale locale, List<RouteStep> steps, Set<String> ticked) {
        return HtmlToPdf.render(html(locale, steps, ticked));
    }

    private String html(Locale locale, List<RouteStep> steps, Set<String> ticked) {
        String lang = RouteService.language(locale);
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"" + lang + "\"><head><meta charset=\"UTF-8\"/>")
                .append("<title>").append(escape(t(locale, "route.pdf.title"))).append("</title><style>")
                .append("body{font-family:'").append(FONT_FAMILY).append("';font-size:11pt;line-height:1.4}")
                .append("h1{font-size:18pt}h2{font-size:13pt;margin:14pt 0 4pt}ul{list-style:none;padding:0}")
                .append("li{margin:3pt 0;padding-left:16pt;text-indent:-16pt}.small{font-size:9pt;color:#444}")
                .append("</style></head><body>")
                .append("<h1>").append(escape(t(locale, "route.pdf.title"))).append("</h1>")
                .append("<p class=\"small\">").append(escape(t(locale, "route.pdf.made",
                        DutchTime.today(clock).format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                                .withLocale(locale))))).append("</p>")
                .append("<p>").append(escape(t(locale, "route.pdf.intro"))).append("</p>");
        for (RouteStep step : steps) {
            RouteStep.Text text = step.text(locale);
            if (text.checklist().isEmpty()) {
                continue;
            }
            html.append("<h2>").append(escape(t(locale, "route.step.label", step.id(), text.title()))).append("</h2><ul>");
            for (RouteStep.ChecklistItem item : text.checklist()) {
                html.append("<li>").append(ticked.contains(item.key()) ? "\u2611 " : "\u2610 ")
                        .append(escape(item.text())).append("</li>");
            }
            html.append("</ul>");
        }
        return html.append("<p>").append(escape(t(locale, "route.pdf.later"))).append("</p></body></html>")
                .toString();
    }

    private String t(Locale locale, String key, Object... params) {
        return i18n.getTranslation(key, locale, params);
    }

    private static String escape(String text) {
        return HtmlToPdf.escape(text);
    }
}
