package nl.waarhebikrechtop.aanvraag;

import nl.waarhebikrechtop.content.KindpakketCatalogue;
import nl.waarhebikrechtop.content.KindpakketProvision;
import nl.waarhebikrechtop.content.LocalizedText;
import nl.waarhebikrechtop.eligibility.Assessment;
import nl.waarhebikrechtop.eligibility.School;
import nl.waarhebikrechtop.eligibility.SchemeResult;
import nl.waarhebikrechtop.eligibility.Situation;
import nl.waarhebikrechtop.eligibility.Verdict;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * Works out what a household can tick for a scheme, from the assessment of its situation: options that do not fit a
 * person stay in the list, disabled, with the reason in plain language.
 */
@Component
class OptionCatalogue {

    private static final LocalizedText PREMIUM = new LocalizedText("Meedoenpremie", "Participation premium");
    private static final LocalizedText PREMIUM_TEXT = new LocalizedText("Een tegoed per schooljaar in de webshop "
            + "van het Werkplein, voor kinderen op de basisschool of het voortgezet onderwijs.", "A credit per school "
            + "year in the Werkplein web shop, for children in primary or secondary school.");
    private static final LocalizedText SPORT = new LocalizedText("Bijdrage sport en cultuur",
            "Sport and culture contribution");
    private static final LocalizedText SPORT_TEXT = new LocalizedText("Een bijdrage per jaar voor een lidmaatschap "
            + "of cursus, voor volwassenen.", "A yearly contribution to a membership or course, for adults.");
    private static final LocalizedText INCOME = new LocalizedText("Uw inkomen is hoger dan de grens voor deze "
            + "regeling.", "Your income is above the limit for this scheme.");
    private static final LocalizedText NOT_HERE = new LocalizedText("Deze regeling is er niet in uw gemeente.",
            "This scheme is not offered in your municipality.");
    private static final LocalizedText SCHOOL = new LocalizedText("Alleen voor kinderen op de basisschool of het "
            + "voortgezet onderwijs. Het mbo telt niet mee.", "Only for children in primary or secondary school. MBO "
            + "does not count.");

    private final KindpakketCatalogue catalogue;
    OptionCatalogue(KindpakketCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    List<Option> options(Scheme scheme, Situation situation, Assessment assessment) {
        return scheme == Scheme.KINDPAKKET ? kindpakket(situation, assessment) : meedoen(situation, assessment);
    }

    private List<Option> kindpakket(Situation situation, Assessment assessment) {
        @Nullable LocalizedText schemeReason = schemeReason(assessment.result(Scheme.KINDPAKKET.schemeId()));
        List<Option> options = new ArrayList<>();
        for (int i = 0; i < situation.children().size(); i++) {
            int age = situation.children().get(i).age();
            for (KindpakketProvision p : catalogue.provisions()) {
                LocalizedText reason = null;
                if (age < p.minAge() || age > p.maxAge()) {
                    reason = new LocalizedText("Voor kinderen van " + p.minAge() + " tot en met " + p.maxAge()
                            + " jaar.", "For children aged " + p.minAge() + " to " + p.maxAge() + ".");
                } else if (p.incomeTested()) {
                    reason = schemeReason;
                }
                options.add(new Option(Choice.forChild(i, p.id()), p.name(), description(p), reason == null, reason));
            }
        }
        return options;
    }

    private static LocalizedText description(KindpakketProvision p) {
        if (!p.viaProfessional()) {
            return p.description();
        }
        return new LocalizedText(p.description().nl() + " Wij sturen uw vraag door naar " + p.partner() + ".",
                p.description().en() + " We pass your request on to " + p.partner() + ".");
    }

    private List<Option> meedoen(Situation situation, Assessment assessment) {
        @Nullable LocalizedText premiumReason = schemeReason(assessment.result(Scheme.MEEDOEN.schemeId()));
        int below = assessment.household().meedoenAgeBelow();
        List<Option> options = new ArrayList<>();
        for (int i = 0; i < situation.children().size(); i++) {
            Situation.Child child = situation.children().get(i);
            LocalizedText reason;
            if (child.age() >= below) {
                reason = new LocalizedText("Alleen voor kinderen jonger dan " + below + " jaar.",
                        "Only for children under " + below + ".");
            } else if (child.school() != School.PRIMARY && child.school() != School.SECONDARY) {
                reason = SCHOOL;
            } else {
                reason = premiumReason;
            }
            options.add(new Option(Choice.forChild(i, Choice.MEEDOEN_PREMIUM), PREMIUM, PREMIUM_TEXT, reason == null,
                    reason));
        }
        @Nullable LocalizedText sportReason = schemeReason(assessment.result(Scheme.SPORT_CULTURE_ID));
        int minAge = assessment.household().sportCultureMinAge();
        options.add(adult(Beneficiary.APPLICANT, situation.age(), minAge, sportReason));
        if (situation.partner() != null) {
            Integer age = situation.partner().age();
            options.add(adult(Beneficiary.PARTNER, age == null ? minAge : age, minAge, sportReason));
        }
        return options;
    }

    private static Option adult(Beneficiary who, int age, int minAge, @Nullable LocalizedText schemeReason) {
        LocalizedText reason = age < minAge ? new LocalizedText("Alleen voor mensen van " + minAge + " jaar en ouder.",
                "Only for people aged " + minAge + " and over.") : schemeReason;
        return new Option(new Choice(who, 0, Choice.SPORT_CULTURE), SPORT, SPORT_TEXT, reason == null, reason);
    }

    /**
     * What an item on an application is called, and to whom it must be passed on when only a professional can
     * request it (null otherwise). An item no longer in the catalogue keeps its id as its name.
     */
    ItemInfo describe(String item) {
        if (Choice.MEEDOEN_PREMIUM.equals(item)) {
            return new ItemInfo(PREMIUM, null);
        }
        if (Choice.SPORT_CULTURE.equals(item)) {
            return new ItemInfo(SPORT, null);
        }
        for (KindpakketProvision p : catalogue.provisions()) {
            if (p.id().equals(item)) {
                return new ItemInfo(p.name(), p.viaProfessional() ? p.partner() : null);
            }
        }
        return new ItemInfo(new LocalizedText(item, item), null);
    }

    record ItemInfo(LocalizedText name, @Nullable String forwardTo) {
    }

    /** Why a whole scheme is closed to this household, or null when it may be open (likely or maybe). */
    private static @Nullable LocalizedText schemeReason(@Nullable SchemeResult result) {
        if (result == null) {
            return NOT_HERE;
        }
        return result.verdict() == Verdict.UNLIKELY ? INCOME : null;
    }
}
