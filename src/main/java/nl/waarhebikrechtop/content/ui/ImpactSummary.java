package nl.waarhebikrechtop.content.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import nl.waarhebikrechtop.content.ImpactCheck;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * The impact preview on a change card: how many scenarios were evaluated, and per scenario and scheme what changes
 * (verdict, amount), the ones whose written expectation no longer holds first and marked.
 */
class ImpactSummary extends Composite<Div> {

    /** More lines than this are counted, not listed. */
    private static final int SHOWN = 20;

    ImpactSummary(ImpactCheck.Impact impact, Locale locale) {
        Div root = getContent();
        root.addClassName("impact-summary");
        root.add(new H4(getTranslation("publishing.impact")));
        int broken = impact.broken().size();
        root.add(new Paragraph(impact.changes().isEmpty()
                ? getTranslation("publishing.impactNone", impact.scenarios())
                : getTranslation("publishing.impactSome", impact.scenarios(), impact.changes().size(), broken)));
        root.add(lines(impact.changes(), locale));
        if (impact.changes().size() > SHOWN) {
            root.add(new Paragraph(getTranslation("publishing.impactMore", impact.changes().size() - SHOWN)));
        }
        java.util.Set<String> households = new java.util.HashSet<>();
        impact.onEffectiveDate().forEach(c -> households.add(c.scenario()));
        root.add(new Paragraph(getTranslation("publishing.impactOnDate", java.time.format.DateTimeFormatter
                .ofLocalizedDate(java.time.format.FormatStyle.LONG).withLocale(locale).format(impact.effectiveFrom()),
                households.size(), impact.scenarios())));
        root.add(lines(impact.onEffectiveDate(), locale));
        if (impact.onEffectiveDate().size() > SHOWN) {
            root.add(new Paragraph(getTranslation("publishing.impactMore", impact.onEffectiveDate().size() - SHOWN)));
        }
    }

    /** The changes, those that break an expectation first; empty when there are none. */
    private UnorderedList lines(java.util.List<ImpactCheck.Change> changes, Locale locale) {
        UnorderedList list = new UnorderedList();
        list.setVisible(!changes.isEmpty());
        changes.stream()
                .sorted((a, b) -> Boolean.compare(b.breaksExpectation(), a.breaksExpectation()))
                .limit(SHOWN)
                .forEach(change -> {
                    ListItem item = new ListItem();
                    if (change.breaksExpectation()) {
                        Span mark = new Span(getTranslation("publishing.impactBroken") + " ");
                        mark.addClassName("impact-broken");
                        item.add(mark);
                    }
                    item.add(new Span(getTranslation("publishing.impactLine", change.scenario(), change.scheme(),
                            verdict(change.verdictBefore()), amount(change.amountBefore(), locale),
                            verdict(change.verdictAfter()), amount(change.amountAfter(), locale))));
                    list.add(item);
                });
        return list;
    }

    private String verdict(String verdict) {
        return getTranslation("results.verdict." + verdict.toLowerCase(Locale.ROOT));
    }

    /** Estimates are amounts in euro, whatever the unit of the parameter that changes. */
    private static String amount(BigDecimal amount, Locale locale) {
        return amount == null ? "-" : Amounts.format(amount, nl.waarhebikrechtop.content.Unit.EUR, locale);
    }
}
