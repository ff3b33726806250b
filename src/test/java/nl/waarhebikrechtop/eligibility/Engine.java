package nl.waarhebikrechtop.eligibility;

import nl.waarhebikrechtop.content.ContentProperties;
import nl.waarhebikrechtop.content.KindpakketCatalogue;
import nl.waarhebikrechtop.content.ParameterSource;
import nl.waarhebikrechtop.content.SchemeCatalogue;

import java.nio.file.Path;

/** The eligibility service on the real {@code content/} folder, without Spring, shared by the fast rule tests. */
final class Engine {

    static final ContentProperties CONTENT = new ContentProperties(Path.of("content"));
    static final EligibilityService SERVICE = new EligibilityService(ParameterSource.load(CONTENT),
            new SchemeCatalogue(CONTENT), new KindpakketCatalogue(CONTENT),
            new nl.waarhebikrechtop.content.ReasonTexts(CONTENT));

    /** Every scheme the service knows, from the scheme texts. */
    static final java.util.List<String> SERVICE_SCHEME_IDS = new SchemeCatalogue(CONTENT).all().stream()
            .map(nl.waarhebikrechtop.content.SchemeText::id).toList();

    private Engine() {
    }
}
