package nl.waarhebikrechtop.aanvraag;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.convert.PeriodFormat;
import org.springframework.boot.convert.PeriodStyle;

import java.time.Period;
import java.util.Optional;

/**
 * How long applications are kept (property {@code portal.aanvraag.decided-retention}, environment variable
 * {@code PORTAL_DECIDED_RETENTION}).
 *
 * @param decidedRetention a granted or refused application is deleted this long after the decision, e.g.
 *                         {@code P7Y}. Deliberately without a default: the period comes from the municipality's
 *                         archive rules (Selectielijst gemeenten en intergemeentelijke organen), not from us. Unset
 *                         means nothing is deleted automatically. Only ISO-8601 is accepted, so that a bare
 *                         {@code 7} cannot silently mean seven days.
 */
@ConfigurationProperties("portal.aanvraag")
public record RetentionSettings(@PeriodFormat(PeriodStyle.ISO8601) @Nullable Period decidedRetention) {

    public RetentionSettings {
        if (decidedRetention != null && (decidedRetention.isZero() || decidedRetention.isNegative())) {
            throw new IllegalArgumentException("portal.aanvraag.decided-retention must be a positive ISO-8601 "
                    + "period such as P7Y (7 years after the decision), not " + decidedRetention
                    + "; leave it empty to delete nothing automatically");
        }
    }

    public Optional<Period> decided() {
        return Optional.ofNullable(decidedRetention);
    }
}
