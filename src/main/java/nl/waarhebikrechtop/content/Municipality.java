package nl.waarhebikrechtop.content;

import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * The organisation behind the portal and the facts that differ per municipality (addresses, phone numbers,
 * opening hours). Texts elsewhere refer to these with placeholders instead of repeating them.
 *
 * @param name        the portal's owner as shown in the header, e.g. "Gemeente Assen"
 * @param logo        file name of the logo under {@code content/media/}
 * @param logoAlt     text alternative for the logo
 * @param serviceName the social service, e.g. "Werkplein Drentsche Aa"
 * @param served      the municipalities the social service works for
 */
public record Municipality(String name, String logo, String logoAlt, String serviceName, List<String> served,
                           Contact contact) {

    /**
     * How to reach the social service. Only {@code website} is required: a fact that has not been confirmed from
     * an official source is left empty and the pages then point to the website instead of guessing.
     */
    public record Contact(String website, @Nullable String visitingAddress, @Nullable String phone,
                          @Nullable String phoneHours, @Nullable String email) {
    }
}
