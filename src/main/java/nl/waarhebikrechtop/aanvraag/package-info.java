/**
 * Kindpakket and Meedoen applications: drafts prefilled from the check's
 * {@link nl.waarhebikrechtop.eligibility.Situation}, personal resume links, and submission with the eligibility
 * evaluated again at that moment. {@link nl.waarhebikrechtop.aanvraag.ApplicationService} is the module's API.
 */
package nl.waarhebikrechtop.aanvraag;
