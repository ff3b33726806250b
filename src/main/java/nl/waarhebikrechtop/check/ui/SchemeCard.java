package nl.waarhebikrechtop.check.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import nl.waarhebikrechtop.content.LocalizedText;
import nl.waarhebikrechtop.eligibility.ProvisionMatch;
import nl.waarhebikrechtop.eligibility.SchemeResult;
import nl.waarhebikrechtop.eligibility.Verdict;
import nl.waarhebikrechtop.shared.ui.PortalRoutes;
import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Locale;

/** One scheme's result: verdict, amount, the reasons that decided (all on request), what to bring, next step. */
class SchemeCard extends Div {

    /** How many reasons are shown before "all reasons": the first ones are the conditions that decided. */
    static final int REASONS_SHOWN = 2;

    SchemeCard(SchemeResult result, @Nullable Verdict before) {
        Locale locale = getLocale();
        addClassName("scheme-card");
        addClassName("verdict-" + result.verdict().name().toLowerCase());
        getElement().setAttribute("data-scheme", result.schemeId());
        Span verdict = new Span(getTranslation("results.verdict." + result.verdict().name().toLowerCase()));
        verdict.addClassName("verdict-badge");
        Div header = new Div(new H3(result.name().in(locale)), verdict);
        header.addClassName("scheme-card-header");
        add(header);
        if (before != null && before != result.verdict()) {
            Paragraph changed = new Paragraph(getTranslation("results.changed",
                    getTranslation("results.verdict." + before.name().toLowerCase())));
            changed.addClassName("changed");
            add(changed);
        }
        add(new Paragraph(result.summary().in(locale)));
        if (result.estimate() != null) {
            Paragraph amount = new Paragraph(result.estimate().text().in(locale));
            amount.addClassName("estimate");
            add(amount);
        }
        if (result.subjectToConfirmation()) {
            Paragraph pending = new Paragraph(getTranslation("results.subjectToConfirmation"));
            pending.addClassName("onder-voorbehoud");
            add(pending);
        }
        addReasons(result.reasons(), locale);
        if (result.wouldQualifyIf() != null) {
            Paragraph ifSo = new Paragraph(result.wouldQualifyIf().in(locale));
            ifSo.addClassName("would-qualify");
            add(ifSo);
        }
        if (!result.provisions().isEmpty()) {
            add(provisions(result.provisions(), locale));
        }
        if (!result.nextSteps().isEmpty()) {
            add(new Paragraph(new Span(getTranslation("results.nextSteps"))), list(result.nextSteps(), locale));
        }
        if (!result.whatToBring().isEmpty()) {
            add(new NativeDetails(getTranslation("results.whatToBring"), list(result.whatToBring(), locale)));
        }
        add(action(result, locale));
    }

    private void addReasons(List<LocalizedText> reasons, Locale locale) {
        if (reasons.isEmpty()) {
            return;
        }
        add(list(reasons.subList(0, Math.min(REASONS_SHOWN, reasons.size())), locale));
        if (reasons.size() > REASONS_SHOWN) {
            add(new NativeDetails(getTranslation("results.allReasons", reasons.size()), list(reasons, locale)));
        }
    }

    private NativeDetails provisions(List<ProvisionMatch> provisions, Locale locale) {
        UnorderedList list = new UnorderedList();
        for (ProvisionMatch p : provisions) {
            String text = p.name().in(locale) + " (" + p.partner() + "): " + p.description().in(locale);
            list.add(new ListItem(p.confirmed() ? text : text + " " + getTranslation("results.unconfirmedShort")));
        }
        return new NativeDetails(getTranslation("results.provisions", provisions.size()), list);
    }

    private Anchor action(SchemeResult result, Locale locale) {
        Anchor anchor;
        if ("bijstand".equals(result.schemeId())) {
            anchor = PortalRoutes.link(PortalRoutes.ROUTE, getTranslation("results.action.route"));
        } else {
            anchor = new Anchor(result.link(), getTranslation("results.action.more", result.name().in(locale)),
                    AnchorTarget.BLANK);
            anchor.getElement().setAttribute("rel", "noopener");
        }
        anchor.addClassName("scheme-action");
        return anchor;
    }

    private static UnorderedList list(List<LocalizedText> texts, Locale locale) {
        UnorderedList list = new UnorderedList();
        for (LocalizedText text : texts) {
            list.add(new ListItem(text.in(locale)));
        }
        return list;
    }
}
