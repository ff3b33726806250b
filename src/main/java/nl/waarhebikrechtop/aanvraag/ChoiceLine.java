package nl.waarhebikrechtop.aanvraag;

import nl.waarhebikrechtop.content.LocalizedText;
import org.jspecify.annotations.Nullable;

/**
 * One thing asked for on an application, by name (see {@link ApplicationService#describe}).
 *
 * @param forwardTo the partner organisation to pass the request on to, when only a professional may request it
 *                  (Jeugdfonds, Nationaal Fonds Kinderhulp); null when the municipality handles it itself
 */
public record ChoiceLine(Choice choice, LocalizedText name, @Nullable String forwardTo) {
}
