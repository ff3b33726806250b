package nl.waarhebikrechtop.content;

import java.time.LocalDate;

/**
 * A page of text from {@code content/pages/}, already rendered to safe HTML.
 *
 * @param html sanitised HTML; safe to put into the page as it is
 */
public record SitePage(String slug, String title, LocalDate lastReviewed, String html) {
}
