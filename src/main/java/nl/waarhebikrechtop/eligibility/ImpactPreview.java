package nl.waarhebikrechtop.eligibility;

import nl.waarhebikrechtop.content.ContentProperties;
import nl.waarhebikrechtop.content.ImpactCheck;
import nl.waarhebikrechtop.content.KindpakketCatalogue;
import nl.waarhebikrechtop.content.ParameterChange;
import nl.waarhebikrechtop.content.ParameterSource;
import nl.waarhebikrechtop.content.ReasonTexts;
import nl.waarhebikrechtop.content.SchemeCatalogue;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The impact preview: every scenario of {@code content/scenarios/} evaluated with the values in force and with a
 * proposed value, scheme by scheme. A change is listed when the verdict or the amount differs, or when the
 * scenario's written expectation (verdict, amount) held before and fails with the proposal. About 350 scenarios
 * twice: some tens of milliseconds.
 */
@Service
class ImpactPreview implements ImpactCheck {

    private final ParameterSource parameters;
    private final EligibilityService current;
    private final SchemeCatalogue schemes;
    private final KindpakketCatalogue kindpakket;
    private final ReasonTexts texts;
    private final java.nio.file.Path folder;
    /** Read on the first preview, not at start-up (about 350 cases of YAML). */
    private volatile List<Scenario> scenarios;

    ImpactPreview(ParameterSource parameters, EligibilityService current, SchemeCatalogue schemes,
                  KindpakketCatalogue kindpakket, ReasonTexts texts, ContentProperties content) {
        this.parameters = parameters;
        this.current = current;
        this.schemes = schemes;
        this.kindpakket = kindpakket;
        this.texts = texts;
        this.folder = content.dir().resolve("scenarios");
    }

    private List<Scenario> scenarios() {
        List<Scenario> read = scenarios;
        if (read == null) {
            if (java.nio.file.Files.isDirectory(folder)) {
                read = Scenario.readFolder(folder);
            } else {
                org.slf4j.LoggerFactory.getLogger(ImpactPreview.class).warn("No scenarios at {}: publishers see no"
                        + " impact preview (deploy the whole content folder)", folder.toAbsolutePath());
                read = List.of();
            }
            scenarios = read;
        }
        return read;
    }

    @Override
    public Impact impactOf(ParameterChange proposal) {
        EligibilityService proposed = new EligibilityService(
                parameters.with(proposal.parameterId(), proposal.asDatedValue()), schemes, kindpakket, texts);
        List<Change> changes = new ArrayList<>();
        List<Change> onEffectiveDate = new ArrayList<>();
        List<Scenario> scenarios = scenarios();
        for (Scenario scenario : scenarios) {
            compare(scenario, scenario.date(), current, proposed, true, changes);
            compare(scenario, proposal.effectiveFrom(), current, proposed, false, onEffectiveDate);
        }
        return new Impact(scenarios.size(), changes, proposal.effectiveFrom(), onEffectiveDate);
    }

    /** Adds a change per scheme whose verdict or amount differs on the date (or whose expectation breaks). */
    private static void compare(Scenario scenario, java.time.LocalDate date, EligibilityService current,
                                EligibilityService proposed, boolean checkExpectation, List<Change> changes) {
        Assessment before = current.evaluate(scenario.situation(), date);
        Assessment after = proposed.evaluate(scenario.situation(), date);
        for (SchemeResult was : before.results()) {
            SchemeResult is = after.result(was.schemeId());
            if (is == null) {
                continue;
            }
            JsonNode expected = scenario.expect().get(was.schemeId());
            boolean breaks = checkExpectation && holds(expected, was) && !holds(expected, is);
            if (breaks || was.verdict() != is.verdict() || !sameAmount(amount(was), amount(is))) {
                changes.add(new Change(scenario.name(), scenario.file(), was.schemeId(), was.verdict().name(),
                        is.verdict().name(), amount(was), amount(is), breaks));
            }
        }
    }

    /** Whether the result meets the scenario's expected verdict and amount for this scheme (none: it holds). */
    private static boolean holds(@Nullable JsonNode expected, SchemeResult result) {
        if (expected == null || !expected.isObject()) {
            return true;
        }
        if (expected.has("verdict") && !result.verdict().name().equals(expected.get("verdict").asString())) {
            return false;
        }
        if (expected.has("amount")) {
            JsonNode amount = expected.get("amount");
            BigDecimal actual = amount(result);
            return amount.isNull() ? actual == null
                    : actual != null && actual.compareTo(new BigDecimal(amount.asString())) == 0;
        }
        return true;
    }

    private static @Nullable BigDecimal amount(SchemeResult result) {
        return result.estimate() == null ? null : result.estimate().amount();
    }

    private static boolean sameAmount(@Nullable BigDecimal a, @Nullable BigDecimal b) {
        return Objects.equals(a, b) || a != null && b != null && a.compareTo(b) == 0;
    }
}
