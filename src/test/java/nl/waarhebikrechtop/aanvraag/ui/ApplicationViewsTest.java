package nl.waarhebikrechtop.aanvraag.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import nl.waarhebikrechtop.KaribuTest;
import nl.waarhebikrechtop.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** The resident's application form, driven by its Dutch labels, without a browser. */
@Import(TestClock.Config.class)
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:aanvraag-views;DB_CLOSE_DELAY=-1")
class ApplicationViewsTest extends KaribuTest {

    private static final Pattern LINK = Pattern.compile("/aanvragen/verder/([A-Za-z0-9_-]+)");

    @Autowired JdbcClient jdbc;
    @Autowired TestClock clock;

    @BeforeEach
    void startOnMondayTheSecondOfMarch() {
        clock.set(Instant.parse("2026-03-02T09:00:00Z"));
        jdbc.sql("DELETE FROM mail_outbox").update();
        jdbc.sql("DELETE FROM application").update();
    }

    /** A single parent of 35 with 1,200 a month and children of 9 (primary) and 15 (secondary). */
    private void fillHousehold() {
        _setValue(_get(IntegerField.class, s -> s.withLabel("Uw leeftijd")), 35);
        _setValue(_get(TextField.class, s -> s.withLabel("Netto inkomen per maand van u en uw partner samen")), "1.200");
        addChild(9, "Basisschool");
        addChild(15, "Middelbare school (voortgezet onderwijs)");
    }

    @SuppressWarnings("unchecked")
    private void addChild(int age, String school) {
        _click(_get(Button.class, s -> s.withText("Kind toevoegen")));
        List<IntegerField> ages = _find(IntegerField.class, s -> s.withLabel("Leeftijd van het kind"));
        _setValue(ages.getLast(), age);
        Select<Object> select = _find(Select.class, s -> s.withLabel("Naar welke school gaat dit kind?")).getLast();
        _setValue(select, select.getListDataView().getItems()
                .filter(i -> select.getItemLabelGenerator().apply(i).equals(school)).findFirst().orElseThrow());
    }

    private void fillContact(String iban) {
        type("Voornaam en achternaam", "Sanne de Vries");
        type("Straat en huisnummer", "Kerkstraat 1");
        type("Postcode", "9401 AA");
        type("Woonplaats", "Assen");
        _setValue(_get(DatePicker.class, s -> s.withLabel("Geboortedatum")), LocalDate.of(1990, 5, 17));
        _setValue(_get(EmailField.class, s -> s.withLabel("E-mailadres")), "sanne@example.nl");
        if (iban != null) {
            type("IBAN (uw rekeningnummer)", iban);
        }
    }

    private static void type(String label, String text) {
        _setValue(_get(TextField.class, s -> s.withLabel(label)), text);
    }

    private static List<Checkbox> boxes(String label) {
        return _find(Checkbox.class, s -> s.withLabel(label));
    }

    private static void click(String text) {
        _click(_get(Button.class, s -> s.withText(text)));
    }

    private static String errorOf(String label) {
        return _get(TextField.class, s -> s.withLabel(label)).getErrorMessage();
    }

    private String mailedToken() {
        String body = jdbc.sql("SELECT body_text FROM mail_outbox ORDER BY created_at DESC").query(String.class)
                .list().getFirst();
        Matcher link = LINK.matcher(body);
        assertThat(link.find()).isTrue();
        return link.group(1);
    }

    private static String pageText() {
        return String.join(" | ", _find(Component.class, s -> s.withPredicate(c -> c instanceof H1 || c instanceof com.vaadin.flow.component.html.H3
                || c instanceof Paragraph))
                .stream().map(c -> ((HasText) c).getText()).toList());
    }

    @Test
    void the_start_page_offers_both_schemes_and_says_the_check_is_optional() {
        navigate("aanvragen");

        assertThat(_get(H1.class).getText()).isEqualTo("Aanvragen");
        assertThat(pageText()).contains("U heeft de check nog niet gedaan.");
        assertThat(_find(com.vaadin.flow.component.html.Anchor.class).stream().map(a -> a.getHref()))
                .contains("aanvragen/kindpakket", "aanvragen/meedoen");
    }

    @Test
    void provisions_a_child_is_too_old_for_are_shown_disabled_with_the_reason() {
        navigate("aanvragen/kindpakket");
        fillHousehold();

        List<Checkbox> birthday = boxes("Verjaardagsbox (Jarige Job)");
        assertThat(birthday).hasSize(2);
        assertThat(birthday.get(0).isEnabled()).as("the child of 9").isTrue();
        assertThat(birthday.get(1).isEnabled()).as("the child of 15").isFalse();
        assertThat(pageText()).contains("Kind 2 (15 jaar)", "Kan niet: Voor kinderen van 4 tot en met 12 jaar.");
        assertThat(boxes("Sport en cultuur (Jeugdfonds Sport & Cultuur)")).allMatch(Checkbox::isEnabled);
    }

    @Test
    void with_an_income_above_the_limit_the_income_tested_provisions_are_disabled_with_the_reason() {
        navigate("aanvragen/kindpakket");
        fillHousehold();
        type("Netto inkomen per maand van u en uw partner samen", "4.000");

        assertThat(boxes("Verjaardagsbox (Jarige Job)")).noneMatch(Checkbox::isEnabled);
        assertThat(boxes("Nationaal Fonds Kinderhulp")).allMatch(Checkbox::isEnabled);
        assertThat(pageText()).contains("Kan niet: Uw inkomen is hoger dan de grens voor deze regeling.");
    }

    @Test
    void submitting_an_empty_form_shows_plain_messages_next_to_the_fields_and_keeps_what_was_typed() {
        navigate("aanvragen/meedoen");
        fillHousehold();
        _setValue(boxes("Bijdrage sport en cultuur").getFirst(), true);
        type("Voornaam en achternaam", "Sanne de Vries");
        type("Postcode", "94011");
        type("IBAN (uw rekeningnummer)", "NL91 ABNA 0417 1643 01");

        click("Aanvraag versturen");

        assertThat(errorOf("Straat en huisnummer")).isEqualTo("Vul dit in.");
        assertThat(errorOf("Postcode")).startsWith("Dit is geen goede postcode.");
        assertThat(errorOf("IBAN (uw rekeningnummer)")).startsWith("Dit IBAN klopt niet.");
        assertThat(_get(EmailField.class, s -> s.withLabel("E-mailadres")).getErrorMessage())
                .startsWith("Vul uw e-mailadres in.");
        assertThat(pageText()).contains("Zet een vinkje om te verklaren dat alles klopt.",
                "Niet alles is goed ingevuld.");
        assertThat(_get(TextField.class, s -> s.withLabel("Voornaam en achternaam")).isInvalid()).isFalse();
        assertThat(_get(TextField.class, s -> s.withLabel("Voornaam en achternaam")).getValue())
                .isEqualTo("Sanne de Vries");
        assertThat(boxes("Bijdrage sport en cultuur").getFirst().getValue()).as("the tick stays").isTrue();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM application").query(Long.class).single()).isZero();
    }

    @Test
    void a_saved_draft_opens_again_through_the_link_in_the_mail_with_everything_typed() {
        navigate("aanvragen/kindpakket");
        fillHousehold();
        _setValue(boxes("Verjaardagsbox (Jarige Job)").getFirst(), true);
        type("Voornaam en achternaam", "Sanne de Vries");
        _setValue(_get(EmailField.class, s -> s.withLabel("E-mailadres")), "sanne@example.nl");

        click("Bewaren en later verder");

        assertThat(pageText()).contains("Wij hebben een persoonlijke link gestuurd naar sanne@example.nl.");
        String token = mailedToken();
        navigate("aanvragen");
        navigate("aanvragen/verder/" + token);
        assertThat(_get(H1.class).getText()).isEqualTo("Kindpakket aanvragen");
        assertThat(boxes("Verjaardagsbox (Jarige Job)").getFirst().getValue()).isTrue();
        assertThat(_get(TextField.class, s -> s.withLabel("Voornaam en achternaam")).getValue())
                .isEqualTo("Sanne de Vries");
        assertThat(_find(IntegerField.class, s -> s.withLabel("Leeftijd van het kind")).stream()
                .map(IntegerField::getValue)).containsExactly(9, 15);
    }

    @Test
    void what_was_typed_is_still_there_after_leaving_the_form_and_coming_back_without_saving() {
        navigate("aanvragen/kindpakket");
        fillHousehold();
        _setValue(boxes("Verjaardagsbox (Jarige Job)").getFirst(), true);
        type("Voornaam en achternaam", "Sanne de Vries");

        navigate("aanvragen");
        navigate("aanvragen/kindpakket");

        assertThat(_get(TextField.class, s -> s.withLabel("Voornaam en achternaam")).getValue())
                .isEqualTo("Sanne de Vries");
        assertThat(_find(IntegerField.class, s -> s.withLabel("Leeftijd van het kind")).stream()
                .map(IntegerField::getValue)).containsExactly(9, 15);
        assertThat(boxes("Verjaardagsbox (Jarige Job)").getFirst().getValue()).isTrue();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM application").query(Long.class).single())
                .as("nothing is stored until the resident saves").isZero();
    }

    @Test
    void removing_a_child_takes_its_ticks_away_and_keeps_those_of_the_other_children() {
        navigate("aanvragen/kindpakket");
        fillHousehold();
        addChild(10, "Basisschool");
        List<Checkbox> birthday = boxes("Verjaardagsbox (Jarige Job)");
        _setValue(birthday.get(0), true);
        _setValue(boxes("Schoolspullen, laptop, schoolreisjes, fiets en zwemles").get(2), true);

        _click(_find(Button.class, s -> s.withText("Dit kind weghalen")).getFirst());

        assertThat(pageText()).contains("Kind 1 (15 jaar)", "Kind 2 (10 jaar)").doesNotContain("Kind 3");
        assertThat(boxes("Verjaardagsbox (Jarige Job)")).noneMatch(Checkbox::getValue);
        assertThat(boxes("Schoolspullen, laptop, schoolreisjes, fiets en zwemles").stream().map(Checkbox::getValue))
                .as("the tick of the child of 10 moved with it").containsExactly(false, true);
    }

    @Test
    void an_empty_form_shows_no_messages_until_the_resident_saves_and_then_asks_for_the_missing_ages() {
        navigate("aanvragen/kindpakket");
        IntegerField age = _get(IntegerField.class, s -> s.withLabel("Uw leeftijd"));
        _click(_get(Button.class, s -> s.withText("Kind toevoegen")));
        assertThat(age.isInvalid()).isFalse();
        assertThat(pageText()).contains("Vul eerst uw gezin in.");

        click("Bewaren en later verder");

        assertThat(age.isInvalid()).isTrue();
        assertThat(age.getErrorMessage()).isEqualTo("Vul een leeftijd in.");
        assertThat(_get(IntegerField.class, s -> s.withLabel("Leeftijd van het kind")).getErrorMessage())
                .isEqualTo("Vul een leeftijd in.");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM application").query(Long.class).single()).isZero();
    }

    @Test
    void a_wrong_link_and_an_expired_link_get_the_same_page() {
        navigate("aanvragen/kindpakket");
        fillHousehold();
        _setValue(_get(EmailField.class, s -> s.withLabel("E-mailadres")), "sanne@example.nl");
        click("Bewaren en later verder");
        String token = mailedToken();

        navigate("aanvragen/verder/" + token.substring(2) + "zz");
        String wrong = pageText();
        clock.advance(Duration.ofDays(30));
        navigate("aanvragen/verder/" + token);
        String expired = pageText();

        assertThat(wrong).contains("Verder met uw aanvraag", "Deze link werkt niet.");
        assertThat(expired).isEqualTo(wrong);
    }

    @Test
    void submitting_shows_the_reference_and_the_decision_date_and_stores_the_eligibility_of_that_moment() {
        navigate("aanvragen/meedoen");
        fillHousehold();
        _setValue(boxes("Meedoenpremie").getFirst(), true);
        _setValue(boxes("Bijdrage sport en cultuur").getFirst(), true);
        fillContact("NL91 ABNA 0417 1643 00");
        _setValue(_get(Checkbox.class, s -> s.withLabel("Ik verklaar dat ik alles naar waarheid heb ingevuld.")), true);

        click("Aanvraag versturen");

        assertThat(_get(H1.class).getText()).isEqualTo("Uw aanvraag is verstuurd");
        assertThat(pageText()).contains("Wij hebben een bevestiging gestuurd naar sanne@example.nl.");
        _get(com.vaadin.flow.component.html.ListItem.class, s -> s.withText(
                "U hoort uiterlijk op 27 april 2026 of u de regeling krijgt. Dat is binnen 8 weken."));
        Map<String, Object> row = jdbc.sql("SELECT reference, status, verdict_at_submit, assessment_json, contact_iban "
                + "FROM application").query().singleRow();
        assertThat(pageText()).contains("Uw nummer is " + row.get("REFERENCE") + ".");
        assertThat(row.get("STATUS")).isEqualTo("SUBMITTED");
        assertThat(row.get("VERDICT_AT_SUBMIT")).isEqualTo("LIKELY");
        assertThat(row.get("CONTACT_IBAN")).isEqualTo("NL91ABNA0417164300");
        assertThat((String) row.get("ASSESSMENT_JSON")).contains("\"date\":\"2026-03-02\"");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM application_choice").query(Long.class).single()).isEqualTo(2);
    }
}
