package nl.waarhebikrechtop.aanvraag;

import java.time.Instant;

/** One turn in the conversation about a submitted application: a caseworker's question or the resident's answer. */
public record Message(Author author, String body, Instant createdAt) {

    public enum Author {
        CASEWORKER,
        RESIDENT
    }
}
