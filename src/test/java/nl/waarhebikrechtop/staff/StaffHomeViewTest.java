package nl.waarhebikrechtop.staff;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import nl.waarhebikrechtop.KaribuTest;
import nl.waarhebikrechtop.account.Role;
import nl.waarhebikrechtop.account.SignIn;
import nl.waarhebikrechtop.content.ContentHealth;
import nl.waarhebikrechtop.content.ParameterChange;
import nl.waarhebikrechtop.content.PagePublishing;
import nl.waarhebikrechtop.content.ParameterPublishing;
import nl.waarhebikrechtop.content.PublishedParameters;
import nl.waarhebikrechtop.shared.DutchTime;
import nl.waarhebikrechtop.shared.ui.PortalRoutes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** Staff start on /beheer: each role sees what waits for it. A database of its own (values are published). */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:staff-home;DB_CLOSE_DELAY=-1")
class StaffHomeViewTest extends KaribuTest {

    @Autowired ParameterPublishing publishing;
    @Autowired PagePublishing pages;
    @Autowired PublishedParameters published;
    @Autowired ContentHealth health;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    @AfterEach
    void backToTheImportedValues() {
        jdbc.sql("DELETE FROM parameter_value WHERE author <> ?").param(PublishedParameters.IMPORTED_BY).update();
        jdbc.sql("UPDATE parameter_value SET status = 'PUBLISHED'").update();
        published.reload();
        jdbc.sql("DELETE FROM page_version WHERE author <> ?").param(nl.waarhebikrechtop.content.PublishedPages.IMPORTED_BY)
                .update();
    }

    @Test
    void an_editor_sees_what_waits_what_is_scheduled_and_when_norms_change_next() {
        SignIn.as("eva", Role.EDITOR);
        ParameterChange waiting = publishing.draft(new ParameterPublishing.ValueInput("meedoen.amount.primary", "225",
                LocalDate.of(2027, 8, 1), "https://www.wpda.nl/", true, LocalDate.now(clock), "", false, "x"));
        publishing.offerForReview(waiting.id(), waiting.version());
        ParameterChange later = publishing.draft(new ParameterPublishing.ValueInput("meedoen.amount.secondary", "320",
                LocalDate.of(2027, 8, 1), "https://www.wpda.nl/", true, LocalDate.now(clock), "", false, "x"));
        ParameterChange offered = publishing.offerForReview(later.id(), later.version());
        SignIn.as("piet", Role.PUBLISHER);
        publishing.publish(offered.id(), offered.version(), clock.instant().plus(Duration.ofDays(3)));
        SignIn.as("eva", Role.EDITOR);
        var contact = pages.inForce("contact").orElseThrow();
        pages.draft(new PagePublishing.PageInput("contact", contact.nl(), contact.en(), "Nog bezig"));

        navigate(PortalRoutes.STAFF_HOME);

        assertThat(_get(H1.class).getText()).isEqualTo(translate("staffHome.title"));
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText)
                .contains(translate("staffHome.scheduled", 1));
        assertThat(_find(ListItem.class)).extracting(ListItem::getText)
                .anySatisfy(line -> assertThat(line).startsWith("Meedoenpremie per kind op het voortgezet onderwijs"));
        LocalDate today = DutchTime.today(clock);
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText).anySatisfy(text -> assertThat(text)
                .contains(String.valueOf(java.time.temporal.ChronoUnit.DAYS.between(today,
                        health.nextChangeDate(today)))));
        assertThat(_find(H2.class)).extracting(H2::getText).containsExactly(translate("staffHome.amounts"));
        assertThat(_find(com.vaadin.flow.component.html.Anchor.class)).extracting(com.vaadin.flow.component.html.Anchor::getText)
                .contains(translate("staffHome.waiting", 1, 0), translate("staffHome.pagesWaiting", 0, 1));
    }

    @Test
    void a_caseworker_sees_the_applications_and_not_the_amounts() {
        SignIn.as("klaas", Role.CASEWORKER);

        navigate(PortalRoutes.STAFF_HOME);

        assertThat(_find(H2.class)).extracting(H2::getText).containsExactly(translate("staffHome.applications"));
    }
}
