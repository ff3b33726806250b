package nl.waarhebikrechtop.eligibility;

import nl.waarhebikrechtop.content.LocalizedText;

import java.util.List;

/**
 * A Kindpakket provision from the catalogue in {@code content/kindpakket.yaml} that fits one or more children.
 *
 * @param id              catalogue id, e.g. {@code jarige-job}
 * @param name            the provision's name
 * @param description     what it gives and how to get it
 * @param partner         the organisation behind it
 * @param link            the partner's website
 * @param viaProfessional true when only a professional (e.g. a teacher or social worker) can apply
 * @param incomeTested    false when there is no income limit (Nationaal Fonds Kinderhulp)
 * @param confirmed       false when the catalogue marks its details as unconfirmed
 * @param children        zero-based positions in {@link Situation#children()} of the children it fits
 */
public record ProvisionMatch(String id, LocalizedText name, LocalizedText description, String partner, String link,
                             boolean viaProfessional, boolean incomeTested, boolean confirmed,
                             List<Integer> children) {
}
