package nl.waarhebikrechtop;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;
import nl.waarhebikrechtop.shared.DutchTime;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

import java.time.Clock;

/**
 * The portal "Waar heb ik recht op". Lumo is loaded explicitly (Vaadin 25 does not load it by itself) and our
 * own stylesheet maps the design tokens onto it; no frontend bundle is built.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/tokens.css")
@StyleSheet("styles/portal.css")
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addMetaTag("viewport", "width=device-width, initial-scale=1");
        settings.addMetaTag("description", "Check waar u recht op heeft: bijstand, Kindpakket, Meedoen en meer.");
        settings.addFavIcon("icon", "images/favicon.svg", "any");
    }

    /**
     * Norms change on dates and deadlines count days: every class asks this clock for "now". It runs in the Dutch
     * zone whatever the JVM's default is (UTC in a container).
     */
    @Bean
    Clock clock() {
        return Clock.system(DutchTime.ZONE);
    }
}
