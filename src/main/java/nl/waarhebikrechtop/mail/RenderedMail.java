package nl.waarhebikrechtop.mail;

/** A template filled in: the subject, the plain-text body and the same text as simple, escaped HTML. */
public record RenderedMail(String subject, String text, String html) {
}
