package nl.waarhebikrechtop.account.ui;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import nl.waarhebikrechtop.account.AuditLog;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Web security. Resident pages are {@code @AnonymousAllowed} and need no login; staff pages declare
 * {@code @RolesAllowed}. Vaadin's configurer protects the views and sends anonymous users to {@link LoginView}.
 * Health, static media and the (stateless, JSON) API and its docs are open; CSRF protection is off for
 * {@code /api/**} only. It lives next to the login view because the configurer needs the view's class.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {
    /** Staff pages under /beheer: a visitor who is not logged in is sent to the login page. */
    static final String[] STAFF_PATHS = {"/beheer", "/beheer/**"};


    static final String[] PUBLIC_PATHS = {"/actuator/health", "/actuator/health/**", "/actuator/info", "/api/**",
            "/v3/**", "/swagger-ui/**", "/swagger-ui.html", "/media/**", "/styles/**", "/images/**"};

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AuditLog audit) {
        http.authorizeHttpRequests(requests -> requests.requestMatchers(PUBLIC_PATHS).permitAll()
                // Staff pages: also closed at the HTTP level (defence in depth); roles are checked per view.
                .requestMatchers(STAFF_PATHS).authenticated());
        http.csrf(csrf -> csrf.ignoringRequestMatchers("/api/**"));
        // Every other HTTP request may reach the portal: residents use it without logging in, an unknown address gets the
        // friendly "not found" page, and staff pages are guarded per view (@RolesAllowed, Vaadin's access control).
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::permitAll)
                .addLogoutHandler((request, response, user) -> {
                    if (user != null) {
                        audit.record(user.getName(), "logout.succeeded", "account:" + user.getName(), null);
                    }
                }));
        return http.build();
    }

    /** bcrypt by default; the {@code {id}} prefix lets a later algorithm take over without a reset. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    AuthenticationManager authenticationManager(UserDetailsService users, PasswordEncoder encoder) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
        provider.setPasswordEncoder(encoder);
        return new ProviderManager(provider);
    }
}
