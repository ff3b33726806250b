package nl.waarhebikrechtop.api;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import tools.jackson.databind.json.JsonMapper;

/**
 * The filters in front of {@code /api/} (first the rate limit, the cheapest, then the body size limit) and the API's
 * OpenAPI description (served at /v3/api-docs and /swagger-ui/index.html).
 */
@Configuration(proxyBeanMethods = false)
class ApiConfiguration {

    private static final String API_PATHS = "/api/*";

    @Bean
    FilterRegistrationBean<RateLimitFilter> apiRateLimitFilter(ApiProperties properties, JsonMapper json) {
        FilterRegistrationBean<RateLimitFilter> registration =
                new FilterRegistrationBean<>(new RateLimitFilter(properties.rateLimit(), json));
        registration.addUrlPatterns(API_PATHS);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 100);
        registration.setEnabled(properties.rateLimit().enabled());
        return registration;
    }

    @Bean
    FilterRegistrationBean<RequestSizeFilter> apiRequestSizeFilter(ApiProperties properties, JsonMapper json) {
        FilterRegistrationBean<RequestSizeFilter> registration =
                new FilterRegistrationBean<>(new RequestSizeFilter(properties.maxBodyBytes(), json));
        registration.addUrlPatterns(API_PATHS);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 101);
        return registration;
    }

    @Bean
    OpenAPI portalOpenApi() {
        return new OpenAPI().info(new Info().title("Waar heb ik recht op – JSON API").version("v1")
                .description("Check which income-support schemes a household in Assen, Aa en Hunze or Tynaarlo is "
                        + "likely entitled to. Texts come in Dutch and English. Errors are application/problem+json "
                        + "with an `errors` array of {field, key, message: {nl, en}}. Requests are rate-limited per "
                        + "client address (429 with Retry-After)."));
    }
}
