package nl.waarhebikrechtop.eligibility;

import java.util.List;

/** Schuldhulp by the GKB (Gemeentelijke Kredietbank): for anyone with debts, whatever the income. */
final class SchuldhulpRule implements SchemeRule {

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
            case YES -> out.met("U heeft schulden. De GKB helpt u gratis om er een oplossing voor te vinden.",
                    "You have debts. The GKB helps you find a solution, free of charge.");
            case UNKNOWN -> out.unknown("U weet niet zeker of u schulden heeft. Laat het samen met de GKB uitzoeken.",
                    "You are not sure whether you have debts. Find out together with the GKB.");
            case NO -> out.notMet("U heeft geen schulden. Maakt u zich toch zorgen over geld? Ook dan kunt u bij de "
                    + "GKB terecht.", "You have no debts. Worried about money anyway? The GKB can help then too.");
        }
        if (f.situation.debts() != Answer.NO && f.situation.receivingBijstand() != Answer.NO) {
            out.note("Vraagt u bijstand aan of krijgt u bijstand? Dan verwijst het Werkplein u met uw toestemming "
                    + "naar de GKB.", "If you apply for or receive bijstand, the Werkplein refers you to the GKB "
                    + "with your consent.");
        }
    }
}
