package nl.waarhebikrechtop.shared;

import nl.waarhebikrechtop.Application;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;
import org.springframework.data.jpa.repository.query.QueryEnhancerFactories;
import org.springframework.data.jpa.repository.query.QueryEnhancerSelector;
import org.springframework.data.repository.config.BootstrapMode;

/**
 * The Spring Data repositories of every module, each made on first use ({@link BootstrapMode#LAZY}), so the start
 * does not wait for all of them. Spring Data reads each {@code @Query} with its own ANTLR parser, to be able to add
 * sorting or derive a count query; the portal's queries bring their own count queries and no sorting, so the light
 * (regular-expression) query reader is enough: that took about 1.5 s off the start (README, "Persistence").
 * Hibernate still parses and checks each query when its repository is made; the tests make every repository.
 */
@Configuration(proxyBeanMethods = false)
@EnableJpaRepositories(basePackageClasses = Application.class, bootstrapMode = BootstrapMode.LAZY,
        queryEnhancerSelector = PersistenceConfig.LightQueryReader.class)
class PersistenceConfig {

    /** Spring Data's regular-expression query reader, for JPQL and native queries alike. */
    static final class LightQueryReader extends QueryEnhancerSelector.DefaultQueryEnhancerSelector {
        LightQueryReader() {
            super(QueryEnhancerFactories.fallback(), QueryEnhancerFactories.fallback());
        }
    }
}
