package nl.waarhebikrechtop;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/** The whole application on the embedded H2 database of the tests; the counterpart of {@link PostgresSpringTest}. */
@SpringBootTest
public abstract class H2SpringTest {

    @Autowired private ApplicationContext context;

    public ApplicationContext context() {
        return context;
    }
}
