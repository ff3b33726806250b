package nl.waarhebikrechtop.aanvraag;

import nl.waarhebikrechtop.eligibility.Situation;
import nl.waarhebikrechtop.eligibility.Verdict;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/**
 * An application as the resident fills it in and as it is stored. A new draft is not stored until the resident
 * saves it or submits it.
 *
 * @param id              stable id; never shown to residents (they have the reference and the resume link)
 * @param scheme          what is applied for
 * @param status          draft, submitted, ...
 * @param locale          the resident's language, for the mails
 * @param situation       the household, from the check or typed on the form
 * @param choices         what is asked for
 * @param contact         who applies
 * @param reference       the reference number, once submitted
 * @param verdictAtSubmit the scheme's verdict when the eligibility was evaluated again at submit
 * @param createdAt       when the draft was first saved (or started)
 * @param updatedAt       last change
 * @param submittedAt     when it was submitted
 */
public record Application(UUID id, Scheme scheme, ApplicationStatus status, Locale locale, Situation situation,
                          List<Choice> choices, ContactDetails contact, @Nullable String reference,
                          @Nullable Verdict verdictAtSubmit, Instant createdAt, Instant updatedAt,
                          @Nullable Instant submittedAt) {

    public Application {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(situation, "situation");
        Objects.requireNonNull(contact, "contact");
        choices = List.copyOf(choices);
    }

    public boolean isDraft() {
        return status == ApplicationStatus.DRAFT;
    }

    /** The same draft with what the resident changed on the form. */
    public Application edited(Situation newSituation, List<Choice> newChoices, ContactDetails newContact,
                              Locale newLocale) {
        return new Application(id, scheme, status, newLocale, newSituation, newChoices, newContact, reference,
                verdictAtSubmit, createdAt, updatedAt, submittedAt);
    }
}
