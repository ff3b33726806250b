package nl.waarhebikrechtop.content;

/**
 * The parameters in force changed: a value was published, or a scheduled one came into force (on this instance or
 * another). Whoever precomputes from {@link ParameterSource} computes again.
 *
 * @param revision the content revision that was loaded
 */
public record ParametersPublished(long revision) {
}
