package nl.waarhebikrechtop.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.waarhebikrechtop.content.ParameterSource;
import nl.waarhebikrechtop.shared.DutchTime;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** {@code GET /api/v1/parameters}: the norms, limits and amounts in force on a date, with their sources. */
@RestController
@Tag(name = "parameters", description = "Dated values the rules read")
class ParametersController {

    private final ParameterSource parameters;
    private final Clock clock;

    ParametersController(ParameterSource parameters, Clock clock) {
        this.parameters = parameters;
        this.clock = clock;
    }

    /**
     * @param date       the date asked for
     * @param parameters every parameter, sorted by id
     */
    public record ParametersResponse(LocalDate date, List<ParameterJson> parameters) {
    }

    @Operation(summary = "The values in force on a date, with source, effective date, confirmation and staleness")
    @GetMapping(path = "/api/v1/parameters", produces = MediaType.APPLICATION_JSON_VALUE)
    ParametersResponse parameters(@Parameter(description = "YYYY-MM-DD; default today", example = "2026-03-01")
                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                  @Nullable LocalDate date) {
        LocalDate on = date == null ? DutchTime.today(clock) : date;
        ApiError error = DateRange.check("date", on);
        if (error != null) {
            throw new InvalidRequestException(List.of(error));
        }
        return new ParametersResponse(on,
                parameters.all().stream().map(p -> ParameterJson.of(p, on)).toList());
    }
}
