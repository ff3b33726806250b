package nl.waarhebikrechtop.content;

import org.springframework.test.context.TestPropertySource;

/** {@link PagePublishingContract} on an H2 database of its own. */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:page-publishing;DB_CLOSE_DELAY=-1")
class PagePublishingH2Test extends PagePublishingContract {
}
