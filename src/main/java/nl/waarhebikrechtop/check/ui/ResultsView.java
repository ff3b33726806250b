package nl.waarhebikrechtop.check.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import nl.waarhebikrechtop.shared.pdf.HtmlToPdf;
import java.io.ByteArrayInputStream;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.waarhebikrechtop.check.AnonymousCounters;
import nl.waarhebikrechtop.check.CheckAnswers;
import nl.waarhebikrechtop.check.CheckOverviewMailer;
import nl.waarhebikrechtop.check.CheckSession;
import nl.waarhebikrechtop.content.LocalizedText;
import nl.waarhebikrechtop.eligibility.Assessment;
import nl.waarhebikrechtop.eligibility.EligibilityService;
import nl.waarhebikrechtop.eligibility.SchemeResult;
import nl.waarhebikrechtop.eligibility.Situation;
import nl.waarhebikrechtop.eligibility.Verdict;
import nl.waarhebikrechtop.route.RouteProfile;
import nl.waarhebikrechtop.route.RouteProfileHolder;
import nl.waarhebikrechtop.shared.DutchTime;
import nl.waarhebikrechtop.shared.ui.MainLayout;
import nl.waarhebikrechtop.shared.ui.PageHeading;
import nl.waarhebikrechtop.shared.ui.PortalRoutes;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.Map;

/**
 * The results of the check, grouped by verdict, each scheme with its reasons, amount and next step. "Wat als…"
 * recomputes with one answer changed and marks what changed.
 */
@Route(value = CheckView.RESULTS, layout = MainLayout.class)
@AnonymousAllowed
class ResultsView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final EligibilityService eligibility;
    private final AnonymousCounters counters;
    private final Clock clock;
    private final CheckOverviewMailer mailer;
    private final Div groups = new Div();
    private Map<String, Verdict> previous = Map.of();

    ResultsView(EligibilityService eligibility, AnonymousCounters counters, Clock clock, CheckOverviewMailer mailer) {
        this.mailer = mailer;
        this.eligibility = eligibility;
        this.counters = counters;
        this.clock = clock;
        addClassName("results");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        CheckAnswers answers = CheckSession.answers(VaadinSession.getCurrent());
        add(new PageHeading(getTranslation("results.title")));
        if (!answers.complete()) {
            add(new Paragraph(getTranslation("results.notComplete")),
                    PortalRoutes.link(PortalRoutes.CHECK, getTranslation("results.toCheck")));
            return;
        }
        Situation situation = answers.toSituation();
        Assessment assessment = eligibility.evaluate(situation, DutchTime.today(clock));
        countOnce(situation, assessment);
        RouteProfileHolder.set(VaadinSession.getCurrent(), RouteProfile.from(situation, assessment.household()));
        Paragraph intro = new Paragraph(getTranslation("results.intro",
                assessment.date().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale()))));
        Button print = new Button(getTranslation("results.print"), e -> getUI().ifPresent(
                ui -> ui.getPage().executeJs("window.print()")));
        print.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        print.addClassName("no-print");
        var change = PortalRoutes.link(PortalRoutes.CHECK, getTranslation("results.changeAnswers"));
        change.addClassName("no-print");
        Anchor pdf = new Anchor(DownloadHandler.fromInputStream(download -> {
            byte[][] bytes = new byte[1][];
            download.getUI().accessSynchronously(() -> bytes[0] = pdf());
            return new DownloadResponse(new ByteArrayInputStream(bytes[0]), getTranslation("results.pdf.fileName"),
                    HtmlToPdf.CONTENT_TYPE, bytes[0].length);
        }), AttachmentType.DOWNLOAD, getTranslation("results.pdf.download"));
        pdf.addClassName("no-print");
        Div actions = new Div(print, pdf, change);
        actions.addClassName("results-actions");
        groups.addClassName("result-groups");
        add(intro, actions, groups, new WhatIfPanel(answers, assessment.household().costSharerMinAge(), this::whatIf),
                new MailOverviewPanel(this::mail));
        render(assessment);
    }

    private void mail(String address) {
        CheckAnswers answers = CheckSession.answers(VaadinSession.getCurrent());
        mailer.send(eligibility.evaluate(answers.toSituation(), DutchTime.today(clock)), getLocale(), address);
    }

    /** The answers and results of this session as a PDF; made on request, nothing kept. */
    byte[] pdf() {
        CheckAnswers answers = CheckSession.answers(VaadinSession.getCurrent());
        Assessment assessment = eligibility.evaluate(answers.toSituation(), DutchTime.today(clock));
        return ResultsPdf.pdf(answers, assessment, getLocale(), this::getTranslation);
    }

    /** Counts a check once per distinct situation in this session, so a reload does not count twice. */
    private void countOnce(Situation situation, Assessment assessment) {
        VaadinSession session = VaadinSession.getCurrent();
        if (!situation.equals(session.getAttribute(Situation.class))) {
            session.setAttribute(Situation.class, situation);
            counters.checkCompleted(assessment);
        }
    }

    private void whatIf(Situation changed) {
        render(eligibility.evaluate(changed, DutchTime.today(clock)));
    }

    private void render(Assessment assessment) {
        groups.removeAll();
        for (LocalizedText note : assessment.notes()) {
            Paragraph p = new Paragraph(note.in(getLocale()));
            p.addClassName("notice-info");
            groups.add(p);
        }
        Map<String, Verdict> now = new HashMap<>();
        for (Verdict verdict : Verdict.values()) {
            Section section = new Section(new H2(getTranslation("results.group." + verdict.name().toLowerCase())));
            section.addClassName("result-group");
            section.addClassName("group-" + verdict.name().toLowerCase());
            for (SchemeResult result : assessment.results()) {
                if (result.verdict() == verdict) {
                    now.put(result.schemeId(), verdict);
                    section.add(new SchemeCard(result, previous.get(result.schemeId()), getLocale(),
                            this::getTranslation));
                }
            }
            if (section.getComponentCount() > 1) {
                groups.add(section);
            }
        }
        previous = now;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("results.pageTitle");
    }
}
