package nl.waarhebikrechtop.eligibility;

import nl.waarhebikrechtop.content.KindpakketCatalogue;
import nl.waarhebikrechtop.content.LocalizedText;
import nl.waarhebikrechtop.content.ParameterSource;
import nl.waarhebikrechtop.content.ParametersPublished;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.event.EventListener;
import nl.waarhebikrechtop.content.ReasonTexts;
import nl.waarhebikrechtop.content.SchemeCatalogue;
import nl.waarhebikrechtop.content.SchemeText;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The one place that decides what a resident is likely entitled to. Every view, the API and the applications call
 * {@link #evaluate}; nothing else contains eligibility rules. Parameters are read as they stand on the date asked
 * for, from snapshots built at start-up, so evaluating is fast and allocates little.
 */
@Service
public class EligibilityService implements SmartInitializingSingleton {


    private final SituationValidator validator = new SituationValidator();
    private final List<SchemeRule> rules;
    private final ParameterSource parameters;
    /** Built again when staff publish parameters ({@link #parametersPublished}). */
    private volatile Snapshots snapshots;
    private final SchemeScope[] scopes;

    private final ReasonTexts texts;
    private final LocalizedText elsewhereNote;

    public EligibilityService(ParameterSource parameters, SchemeCatalogue schemes, KindpakketCatalogue kindpakket,
                              ReasonTexts texts) {
        this.texts = texts;
        this.elsewhereNote = texts.render("assessment.elsewhere", Map.of());
        rules = List.of(new BijstandRule(), new BijzondereBijstandRule(), new MeedoenRule(),
                new KindpakketRule(kindpakket.provisions()), new SportCultuurRule(), new IitRule(),
                new ZorgverzekeringRule(), new KwijtscheldingRule(), new SchuldhulpRule(), new AioRule(),
                new ZorgtoeslagRule(), new HuurtoeslagRule(), new KindgebondenBudgetRule());
        this.parameters = parameters;
        scopes = new SchemeScope[rules.size()];
        for (int i = 0; i < rules.size(); i++) {
            String id = rules.get(i).schemeId();
            SchemeText text = schemes.scheme(id).orElseThrow(() -> new IllegalStateException(
                    "content/schemes/" + id + ".yaml is missing: the rule for '" + id + "' needs its texts"));
            scopes[i] = SchemeScope.of(text, texts);
        }
    }

    private static HouseholdFacts household(Facts facts, Snapshot parameters) {
        boolean boards = false;
        for (Situation.Housemate mate : facts.situation.housemates()) {
            boards |= mate.relation() == Relation.COMMERCIAL_LANDLORD_OR_HOST;
        }
        boolean searchPeriod = facts.age >= parameters.count(Param.BIJSTAND_MIN_AGE)
                && facts.age < parameters.count(Param.ZOEKTERMIJN_AGE);
        return new HouseholdFacts(BijstandNorm.of(facts, parameters).costSharers(),
                parameters.count(Param.KOSTENDELER_MIN_AGE), searchPeriod, boards,
                parameters.count(Param.MEEDOEN_AGE_BELOW), parameters.count(Param.SPORTCULTUUR_MIN_AGE));
    }

    /**
     * Builds the snapshots once every bean is made (the parameters come from the database, which Hibernate opens on
     * a background thread while the portal starts). A parameter missing or in the wrong unit still stops the start.
     */
    @Override
    public void afterSingletonsInstantiated() {
        snapshots();
    }

    private Snapshots snapshots() {
        Snapshots built = snapshots;
        if (built == null) {
            synchronized (this) {
                built = snapshots;
                if (built == null) {
                    built = new Snapshots(parameters, rules);
                    snapshots = built;
                }
            }
        }
        return built;
    }

    /** Staff published parameter values (here or on another instance): checks from now on use them. */
    @EventListener
    public void parametersPublished(ParametersPublished published) {
        snapshots = new Snapshots(parameters, rules);
    }

    /** The rules in evaluation order, for the test that checks what each reads. */
    List<SchemeRule> rules() {
        return rules;
    }

    /** The problems with a situation's answers; empty when it can be evaluated. */
    public List<FieldError> validate(Situation situation) {
        return validator.validate(situation);
    }

    /**
     * Evaluates every scheme of the resident's municipality (and the national pointers) with the parameters in
     * force on the date.
     *
     * @throws InvalidSituationException when {@link #validate} finds problems
     */
    public Assessment evaluate(Situation situation, LocalDate date) {
        List<FieldError> errors = validator.validate(situation);
        if (!errors.isEmpty()) {
            throw new InvalidSituationException(errors);
        }
        Snapshot parameters = snapshots().on(date);
        Facts facts = new Facts(situation, parameters);
        HomeMunicipality municipality = situation.municipality();
        List<SchemeResult> results = new ArrayList<>(rules.size());
        for (int i = 0; i < rules.size(); i++) {
            SchemeScope scope = scopes[i];
            if (!scope.appliesTo(municipality)) {
                continue;
            }
            Outcome outcome = new Outcome(texts);
            rules.get(i).evaluate(facts, parameters, outcome);
            boolean scopeConfirmed = scope.restrict(municipality, situation.moving(), outcome);
            List<String> unconfirmed = parameters.unconfirmedOfRule(i);
            results.add(scope.result(outcome, parameters.usesOfRule(i), unconfirmed,
                    !scopeConfirmed || !unconfirmed.isEmpty()));
        }
        return new Assessment(date, municipality, results,
                municipality.servedByWerkplein() ? List.of() : List.of(elsewhereNote), household(facts, parameters));
    }
}
