/**
 * The resident's check: an anonymous questionnaire ({@code check.ui}) whose answers become a
 * {@link nl.waarhebikrechtop.eligibility.Situation}, the results per scheme, and anonymous counters for staff.
 */
package nl.waarhebikrechtop.check;
