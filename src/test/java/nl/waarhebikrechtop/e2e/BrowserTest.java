package nl.waarhebikrechtop.e2e;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The portal on a random port and one headless Chromium for all tests of the class. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserTest {

    @LocalServerPort
    int port;

    BrowserSession browser;

    @BeforeAll
    void openBrowser() {
        browser = new BrowserSession(port);
    }

    @AfterAll
    void closeBrowser() {
        browser.close();
    }
}
