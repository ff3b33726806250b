package nl.waarhebikrechtop.content;

import org.springframework.test.context.TestPropertySource;

/** {@link ParameterPublishingContract} on an H2 database of its own. */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:parameter-publishing;DB_CLOSE_DELAY=-1")
class ParameterPublishingH2Test extends ParameterPublishingContract {
}
