package nl.waarhebikrechtop.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.waarhebikrechtop.content.SchemeCatalogue;
import nl.waarhebikrechtop.eligibility.HomeMunicipality;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** {@code GET /api/v1/schemes}: the schemes with their texts and where they exist. */
@RestController
@Tag(name = "schemes", description = "The schemes the check knows")
class SchemesController {

    private final SchemeCatalogue schemes;

    SchemesController(SchemeCatalogue schemes) {
        this.schemes = schemes;
    }

    @Operation(summary = "List the schemes with their texts (Dutch and English) and scope per municipality")
    @GetMapping(path = "/api/v1/schemes", produces = MediaType.APPLICATION_JSON_VALUE)
    List<SchemeJson> schemes(@Parameter(description = "Only the schemes offered in this municipality")
                             @RequestParam(required = false) @Nullable HomeMunicipality municipality) {
        return schemes.all().stream()
                .map(SchemeJson::of)
                .filter(s -> municipality == null || s.scope().get(municipality) != SchemeJson.Scope.NOT_OFFERED)
                .toList();
    }
}
