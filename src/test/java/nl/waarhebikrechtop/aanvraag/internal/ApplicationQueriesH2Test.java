package nl.waarhebikrechtop.aanvraag.internal;

/** {@link ApplicationQueriesContract} on the embedded H2 database. */
class ApplicationQueriesH2Test extends ApplicationQueriesContract {
}
