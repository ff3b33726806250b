package nl.waarhebikrechtop.content;

/**
 * One provision in the Kindpakket catalogue ({@code content/kindpakket.yaml}).
 *
 * @param id              stable id, e.g. {@code jarige-job}
 * @param partner         the organisation that gives it
 * @param name            what residents call it
 * @param description     what it gives and how to get it
 * @param link            the partner's website
 * @param minAge          youngest age it is for (years, inclusive)
 * @param maxAge          oldest age it is for (years, inclusive)
 * @param viaProfessional only a professional (teacher, social worker) can apply
 * @param incomeTested    the Kindpakket income limit applies
 * @param confirmed       false when ages or amounts are not confirmed by a current source
 * @param source          where the facts come from
 */
public record KindpakketProvision(String id, String partner, LocalizedText name, LocalizedText description,
                                  String link, int minAge, int maxAge, boolean viaProfessional, boolean incomeTested,
                                  boolean confirmed, String source) {
}
