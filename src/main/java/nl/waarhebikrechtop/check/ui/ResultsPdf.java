package nl.waarhebikrechtop.check.ui;

import nl.waarhebikrechtop.check.CheckAnswers;
import nl.waarhebikrechtop.eligibility.Assessment;
import nl.waarhebikrechtop.eligibility.ParameterUse;
import nl.waarhebikrechtop.eligibility.SchemeResult;
import nl.waarhebikrechtop.eligibility.Verdict;
import nl.waarhebikrechtop.shared.pdf.HtmlToPdf;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;

import static nl.waarhebikrechtop.shared.pdf.HtmlToPdf.escape;

/**
 * The check to take away: the answers, the results with their reasons, and the dates of the amounts used, as a PDF
 * (and as the same HTML for the e-mail). Built on request; nothing of it is kept.
 */
final class ResultsPdf {

    private ResultsPdf() {
    }

    static byte[] pdf(CheckAnswers answers, Assessment assessment, Locale locale, BiFunction<String, Object[], String> t) {
        return HtmlToPdf.render(html(answers, assessment, locale, t));
    }

    static String html(CheckAnswers answers, Assessment assessment, Locale locale, BiFunction<String, Object[], String> t) {
        String date = assessment.date().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
        StringBuilder html = new StringBuilder(32 * 1024)
                .append("<!DOCTYPE html><html lang=\"").append(locale.getLanguage()).append("\"><head><meta charset=\"UTF-8\"/>")
                .append("<title>").append(escape(t.apply("results.pdf.title", new Object[0]))).append("</title><style>")
                .append("body{font-family:'").append(HtmlToPdf.FONT_FAMILY).append("';font-size:10.5pt;line-height:1.4}")
                .append("h1{font-size:17pt}h2{font-size:13pt;margin:14pt 0 4pt;border-bottom:1pt solid #00466e}")
                .append("h3{font-size:11.5pt;margin:0}.scheme-card{border:1pt solid #888;padding:6pt;margin:6pt 0;")
                .append("page-break-inside:avoid}.verdict-badge{font-weight:bold}details,summary{display:block}")
                .append("summary{font-weight:bold;margin-top:4pt}.estimate{font-weight:bold}.onder-voorbehoud{font-style:italic}")
                .append("dt{font-weight:bold}dd{margin:0 0 3pt 0}.small{font-size:9pt;color:#444}")
                .append("</style></head><body>")
                .append("<h1>").append(escape(t.apply("results.pdf.title", new Object[0]))).append("</h1>")
                .append("<p>").append(escape(t.apply("results.intro", new Object[]{date}))).append("</p>")
                .append("<h2>").append(escape(t.apply("results.pdf.answers", new Object[0]))).append("</h2><dl>");
        for (CheckFlow.Applicable applicable : CheckFlow.applicable(answers)) {
            for (Screen.SummaryLine line : applicable.screen().summary(answers)) {
                html.append("<dt>").append(escape(line.question())).append("</dt><dd>")
                        .append(escape(line.answer())).append("</dd>");
            }
        }
        html.append("</dl>");
        for (Verdict verdict : Verdict.values()) {
            StringBuilder group = new StringBuilder();
            for (SchemeResult result : assessment.results()) {
                if (result.verdict() == verdict) {
                    group.append(SchemeCard.render(result, null, locale, t));
                }
            }
            if (!group.isEmpty()) {
                html.append("<h2>").append(escape(t.apply("results.group." + verdict.name().toLowerCase(Locale.ROOT),
                        new Object[0]))).append("</h2>").append(group);
            }
        }
        html.append("<h2>").append(escape(t.apply("results.pdf.parameters", new Object[0]))).append("</h2><ul class=\"small\">");
        for (Map.Entry<String, ParameterUse> used : parametersUsed(assessment).entrySet()) {
            ParameterUse use = used.getValue();
            html.append("<li>").append(escape(t.apply(use.confirmed() ? "results.pdf.parameter" : "results.pdf.parameterUnconfirmed",
                    new Object[]{use.id(), use.effectiveFrom().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                            .withLocale(locale))}))).append("</li>");
        }
        return html.append("</ul></body></html>").toString();
    }

    private static Map<String, ParameterUse> parametersUsed(Assessment assessment) {
        Map<String, ParameterUse> used = new TreeMap<>();
        for (SchemeResult result : assessment.results()) {
            for (ParameterUse use : result.parametersUsed()) {
                used.putIfAbsent(use.id(), use);
            }
        }
        return used;
    }
}
