package nl.waarhebikrechtop.content;

import nl.waarhebikrechtop.content.internal.ContentRevisionRepository;
import nl.waarhebikrechtop.content.internal.ParameterValueRepository;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.PlatformTransactionManager;

import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;

/**
 * Hibernate starts on a background thread while the other beans are made; a bean that reads the database in its
 * constructor makes the start wait for it (README, "What Hibernate costs"). The parameters load once every bean is
 * made.
 */
class PublishedParametersStartTest {

    @Test
    void making_the_bean_does_not_touch_the_database() {
        ParameterValueRepository values = mock(ParameterValueRepository.class);
        ContentRevisionRepository revisions = mock(ContentRevisionRepository.class);
        PlatformTransactionManager transactions = mock(PlatformTransactionManager.class);

        PublishedParameters parameters = new PublishedParameters(new ContentProperties(SampleContent.DIR), values,
                revisions, transactions, Clock.systemUTC(), event -> { });

        verifyNoInteractions(values, revisions, transactions);
        assertThat(parameters).isNotNull();
    }
}
