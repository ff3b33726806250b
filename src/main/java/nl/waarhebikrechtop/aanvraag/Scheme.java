package nl.waarhebikrechtop.aanvraag;

import java.util.Locale;
import java.util.Optional;

/** The schemes a resident can apply for in this portal, with the eligibility scheme ids they rest on. */
public enum Scheme {
    /** Kindpakket: provisions from the partner catalogue, per child. */
    KINDPAKKET("kindpakket", "KP"),
    /** Meedoen: the premium per school-going child and the sport and culture contribution per adult. */
    MEEDOEN("meedoenpremie", "MD");

    /** The eligibility scheme id of the sport and culture contribution for adults, part of a Meedoen application. */
    public static final String SPORT_CULTURE_ID = "sportcultuurfonds";

    private final String schemeId;
    private final String referencePrefix;

    Scheme(String schemeId, String referencePrefix) {
        this.schemeId = schemeId;
        this.referencePrefix = referencePrefix;
    }

    /** The id of the scheme's result in an {@link nl.waarhebikrechtop.eligibility.Assessment}. */
    public String schemeId() {
        return schemeId;
    }

    public String referencePrefix() {
        return referencePrefix;
    }

    /** The path segment under {@code /aanvragen}, e.g. {@code kindpakket}. */
    public String slug() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Scheme> ofSlug(String slug) {
        for (Scheme scheme : values()) {
            if (scheme.slug().equals(slug)) {
                return Optional.of(scheme);
            }
        }
        return Optional.empty();
    }

    /** The scheme that a check result with this id can be applied for here, if any. */
    public static Optional<Scheme> ofSchemeId(String schemeId) {
        for (Scheme scheme : values()) {
            if (scheme.schemeId.equals(schemeId)) {
                return Optional.of(scheme);
            }
        }
        return Optional.empty();
    }
}
