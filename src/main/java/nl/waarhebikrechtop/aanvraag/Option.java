package nl.waarhebikrechtop.aanvraag;

import nl.waarhebikrechtop.content.LocalizedText;
import org.jspecify.annotations.Nullable;

/**
 * Something the resident can tick on the form, worked out by {@link ApplicationService#options}: views show
 * options that are not open to this person disabled, with the reason, instead of hiding them.
 *
 * @param choice      what ticking it asks for
 * @param name        what it is
 * @param description what it gives, and e.g. that only a professional can apply
 * @param eligible    whether this person can ask for it
 * @param reason      why not, when {@code eligible} is false
 */
public record Option(Choice choice, LocalizedText name, LocalizedText description, boolean eligible,
                     @Nullable LocalizedText reason) {
}
