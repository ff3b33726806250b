package nl.waarhebikrechtop.eligibility;

import nl.waarhebikrechtop.content.LocalizedText;

import java.util.List;

/** Schuldhulp by the GKB (Gemeentelijke Kredietbank): for anyone with debts, whatever the income. */
final class SchuldhulpRule implements SchemeRule {

    private static final LocalizedText DEBTS = new LocalizedText(
            "U heeft schulden. De GKB helpt u gratis om er een oplossing voor te vinden.",
            "You have debts. The GKB helps you find a solution, free of charge.");
    private static final LocalizedText NOT_SURE = new LocalizedText(
            "U weet niet zeker of u schulden heeft. Laat het samen met de GKB uitzoeken.",
            "You are not sure whether you have debts. Find out together with the GKB.");
    private static final LocalizedText NO_DEBTS = new LocalizedText(
            "U heeft geen schulden. Maakt u zich toch zorgen over geld? Ook dan kunt u bij de GKB terecht.",
            "You have no debts. Worried about money anyway? The GKB can help then too.");
    private static final LocalizedText REFERRAL = new LocalizedText(
            "Vraagt u bijstand aan of krijgt u bijstand? Dan verwijst het Werkplein u met uw toestemming naar de GKB.",
            "If you apply for or receive bijstand, the Werkplein refers you to the GKB with your consent.");

    @Override
    public String schemeId() {
        return "schuldhulp";
    }

    @Override
    public List<Param> reads() {
        return List.of();
    }

    @Override
    public void evaluate(Facts f, Snapshot p, Outcome out) {
        switch (f.situation.debts()) {
            case YES -> out.met(DEBTS);
            case UNKNOWN -> out.unknown(NOT_SURE);
            case NO -> out.notMet(NO_DEBTS);
        }
        if (f.situation.debts() != Answer.NO && f.situation.receivingBijstand() != Answer.NO) {
            out.note(REFERRAL);
        }
    }
}
