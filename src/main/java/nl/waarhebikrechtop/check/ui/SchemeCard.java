package nl.waarhebikrechtop.check.ui;

import com.vaadin.flow.component.Html;
import nl.waarhebikrechtop.content.LocalizedText;
import nl.waarhebikrechtop.eligibility.ProvisionMatch;
import nl.waarhebikrechtop.eligibility.SchemeResult;
import nl.waarhebikrechtop.eligibility.Verdict;
import nl.waarhebikrechtop.shared.ui.PortalRoutes;
import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

import static nl.waarhebikrechtop.shared.pdf.HtmlToPdf.escape;

/**
 * One scheme's result: verdict, amount, the reasons that decided (all on request), what to bring, next step.
 * Rendered as one piece of escaped HTML rather than dozens of components: a results page has a dozen cards and
 * this keeps the server-side session small (see CheckSessionSizeTest).
 */
class SchemeCard extends Html {

    /** How many reasons are shown before "all reasons": the first ones are the conditions that decided. */
    static final int REASONS_SHOWN = 2;

    SchemeCard(SchemeResult result, @Nullable Verdict before, Locale locale, BiFunction<String, Object[], String> t) {
        super(render(result, before, locale, t));
    }

    static String render(SchemeResult result, @Nullable Verdict before, Locale locale,
                         BiFunction<String, Object[], String> t) {
        String verdict = result.verdict().name().toLowerCase(Locale.ROOT);
        StringBuilder html = new StringBuilder(2048);
        html.append("<div class=\"scheme-card verdict-").append(verdict).append("\" data-scheme=\"")
                .append(escape(result.schemeId())).append("\"><div class=\"scheme-card-header\"><h3>")
                .append(escape(result.name().in(locale))).append("</h3><span class=\"verdict-badge\">")
                .append(escape(t.apply("results.verdict." + verdict, new Object[0]))).append("</span></div>");
        if (before != null && before != result.verdict()) {
            html.append("<p class=\"changed\">").append(escape(t.apply("results.changed",
                    new Object[]{t.apply("results.verdict." + before.name().toLowerCase(Locale.ROOT), new Object[0])})))
                    .append("</p>");
        }
        // "Probably not" cards stay short: the details are one click away, so the page leads with what helps.
        boolean folded = result.verdict() == Verdict.UNLIKELY;
        if (folded) {
            html.append("<details><summary>").append(escape(t.apply("results.whyNot", new Object[0]))).append("</summary>");
        }
        paragraph(html, null, result.summary().in(locale));
        if (result.estimate() != null && result.verdict() != Verdict.UNLIKELY) {
            paragraph(html, "estimate", result.estimate().text().in(locale));
        }
        if (result.subjectToConfirmation()) {
            paragraph(html, "onder-voorbehoud", t.apply("results.subjectToConfirmation", new Object[0]));
        }
        List<LocalizedText> reasons = result.reasons();
        list(html, reasons.subList(0, Math.min(REASONS_SHOWN, reasons.size())), locale);
        if (reasons.size() > REASONS_SHOWN) {
            html.append("<details><summary>").append(escape(t.apply("results.allReasons", new Object[]{reasons.size()})))
                    .append("</summary>");
            list(html, reasons, locale);
            html.append("</details>");
        }
        if (result.wouldQualifyIf() != null) {
            paragraph(html, "would-qualify", result.wouldQualifyIf().in(locale));
        }
        if (!result.provisions().isEmpty()) {
            html.append("<details><summary>").append(escape(t.apply("results.provisions",
                    new Object[]{result.provisions().size()}))).append("</summary><ul>");
            for (ProvisionMatch p : result.provisions()) {
                html.append("<li>").append(escape(p.name().in(locale) + " (" + p.partner() + "): "
                        + p.description().in(locale)));
                if (!p.confirmed()) {
                    html.append(' ').append(escape(t.apply("results.unconfirmedShort", new Object[0])));
                }
                html.append("</li>");
            }
            html.append("</ul></details>");
        }
        if (!result.nextSteps().isEmpty()) {
            paragraph(html, "next-steps-label", t.apply("results.nextSteps", new Object[0]));
            list(html, result.nextSteps(), locale);
        }
        if (!result.whatToBring().isEmpty()) {
            html.append("<details><summary>").append(escape(t.apply("results.whatToBring", new Object[0])))
                    .append("</summary>");
            list(html, result.whatToBring(), locale);
            html.append("</details>");
        }
        action(html, result, locale, t);
        if (folded) {
            html.append("</details>");
        }
        return html.append("</div>").toString();
    }

    private static void action(StringBuilder html, SchemeResult result, Locale locale,
                               BiFunction<String, Object[], String> t) {
        String apply = PortalRoutes.APPLY_BY_SCHEME_ID.get(result.schemeId());
        if (apply != null) {
            html.append("<a class=\"scheme-action\" router-link=\"\" href=\"").append(apply).append("\">")
                    .append(escape(t.apply("results.action.apply", new Object[]{result.name().in(locale)})))
                    .append("</a>");
        } else if ("bijstand".equals(result.schemeId())) {
            html.append("<a class=\"scheme-action\" router-link=\"\" href=\"").append(PortalRoutes.ROUTE).append("\">")
                    .append(escape(t.apply("results.action.route", new Object[0]))).append("</a>");
        } else if ("schuldhulp".equals(result.schemeId())) {
            html.append("<a class=\"scheme-action\" router-link=\"\" href=\"").append(PortalRoutes.DEBT_HELP)
                    .append("\">").append(escape(t.apply("results.action.gkb", new Object[0]))).append("</a>");
        } else {
            html.append("<a class=\"scheme-action\" target=\"_blank\" rel=\"noopener\" href=\"")
                    .append(escape(result.link())).append("\">")
                    .append(escape(t.apply("results.action.more", new Object[]{result.name().in(locale)})))
                    .append("</a>");
        }
    }

    private static void paragraph(StringBuilder html, @Nullable String cssClass, String text) {
        html.append(cssClass == null ? "<p>" : "<p class=\"" + cssClass + "\">").append(escape(text)).append("</p>");
    }

    private static void list(StringBuilder html, List<LocalizedText> texts, Locale locale) {
        if (texts.isEmpty()) {
            return;
        }
        html.append("<ul>");
        for (LocalizedText text : texts) {
            html.append("<li>").append(escape(text.in(locale))).append("</li>");
        }
        html.append("</ul>");
    }

}
