/**
 * Eligibility: the rules that decide what a resident is likely entitled to. No Vaadin, no JPA.
 * <p>
 * The API for other modules is {@link nl.waarhebikrechtop.eligibility.EligibilityService}:
 * {@code evaluate(Situation, LocalDate)} returns an {@link nl.waarhebikrechtop.eligibility.Assessment} with one
 * {@link nl.waarhebikrechtop.eligibility.SchemeResult} per scheme (verdict LIKELY / MAYBE / UNLIKELY, reasons with
 * the figures used in Dutch and English, estimate, "you would qualify if", next steps, what to bring, unconfirmed
 * parameters) and the {@link nl.waarhebikrechtop.eligibility.HouseholdFacts} other features need.
 * {@code validate(Situation)} returns {@link nl.waarhebikrechtop.eligibility.FieldError}s.
 * <p>
 * Inside, each scheme has one rule class ({@code BijstandRule}, {@code MeedoenRule}, ...) that reads dated
 * parameters from {@code content/parameters/} through a per-date {@code Snapshot} and never contains a literal
 * amount, limit or age, and never a sentence: it emits a reason key with named arguments, rendered from
 * {@code content/reasons/<lang>.yaml}. Scheme texts come from {@code content/schemes/}, the Kindpakket provisions from
 * {@code content/kindpakket.yaml}. Cases live in {@code content/scenarios/} and run as tests.
 * <p>
 * Adding a scheme: add its parameters to {@code content/parameters/}, its ids to {@code Param}, a rule class
 * implementing {@code SchemeRule}, its texts in {@code content/schemes/<id>.yaml} and its reasons in
 * {@code content/reasons/}, register the rule in
 * {@code EligibilityService}, and add scenarios.
 */
@NullMarked
package nl.waarhebikrechtop.eligibility;

import org.jspecify.annotations.NullMarked;
