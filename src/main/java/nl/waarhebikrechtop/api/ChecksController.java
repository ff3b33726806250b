package nl.waarhebikrechtop.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.waarhebikrechtop.eligibility.EligibilityService;
import nl.waarhebikrechtop.eligibility.FieldError;
import nl.waarhebikrechtop.eligibility.Situation;
import nl.waarhebikrechtop.eligibility.SituationValidator;
import nl.waarhebikrechtop.shared.DutchTime;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** {@code POST /api/v1/checks}: a situation in, the assessment out. Nothing is stored or logged. */
@RestController
@Tag(name = "checks", description = "What a household is likely entitled to")
class ChecksController {

    private final EligibilityService eligibility;
    private final Clock clock;

    ChecksController(EligibilityService eligibility, Clock clock) {
        this.eligibility = eligibility;
        this.clock = clock;
    }

    @Operation(summary = "Check a household's situation against every scheme of its municipality",
            description = "Returns a verdict (LIKELY, MAYBE, UNLIKELY) per scheme with the reasons and figures used, "
                    + "in Dutch and English. Nothing is stored.")
    @ApiResponse(responseCode = "200", description = "The assessment")
    @ApiResponse(responseCode = "400", description = "Unreadable JSON, unknown fields, wrong types, values out of "
            + "range or a body over 64 KB; `errors` names the fields",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "429", description = "Too many requests from this address; see Retry-After",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class)))
    @PostMapping(path = "/api/v1/checks", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    CheckResponse check(@RequestBody CheckRequest request) {
        LocalDate date = request.date() == null ? DutchTime.today(clock) : request.date();
        Situation situation = request.toSituation();
        List<ApiError> errors = problems(request, situation, date);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return CheckResponse.of(eligibility.evaluate(situation, date));
    }

    private List<ApiError> problems(CheckRequest request, Situation situation, LocalDate date) {
        List<String> missing = request.missingWholeNumbers();
        List<ApiError> errors = new ArrayList<>();
        for (String field : missing) {
            errors.add(ApiError.of(field, SituationValidator.REQUIRED, "Vul hier een getal in.",
                    "Please enter a number here."));
        }
        boolean ageMissing = missing.contains("age");
        for (FieldError error : eligibility.validate(situation)) {
            // The placeholders for missing numbers make the validator complain too: once is enough.
            boolean aboutPlaceholder = missing.contains(error.field())
                    || ageMissing && SituationValidator.CHILD_AGE.equals(error.key());
            if (!aboutPlaceholder) {
                errors.add(ApiError.of(error));
            }
        }
        ApiError dateError = DateRange.check("date", date);
        if (dateError != null) {
            errors.add(dateError);
        }
        return errors;
    }
}
