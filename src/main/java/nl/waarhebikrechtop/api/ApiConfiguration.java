package nl.waarhebikrechtop.api;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The API's OpenAPI description (served at /v3/api-docs and /swagger-ui/index.html). */
@Configuration(proxyBeanMethods = false)
class ApiConfiguration {

    @Bean
    OpenAPI portalOpenApi() {
        return new OpenAPI().info(new Info().title("Waar heb ik recht op – JSON API").version("v1")
                .description("Check which income-support schemes a household in Assen, Aa en Hunze or Tynaarlo is "
                        + "likely entitled to. Texts come in Dutch and English. Errors are application/problem+json "
                        + "with an `errors` array of {field, key, message: {nl, en}}."));
    }
}
