package nl.waarhebikrechtop.account;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.web.access.WebInvocationPrivilegeEvaluator;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The HTTP rules in front of Vaadin: what is open without login, what sends you to the login page. */
@SpringBootTest
class HttpSecurityTest {

    private static final AnonymousAuthenticationToken ANONYMOUS = new AnonymousAuthenticationToken("test", "anonymous",
            AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));

    @Autowired WebApplicationContext context;
    @Autowired WebInvocationPrivilegeEvaluator privileges;
    private MockMvc http;

    @BeforeEach
    void setUp() {
        http = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void health_is_open_for_load_balancers() throws Exception {
        http.perform(get("/actuator/health")).andExpect(status().isOk());
    }

    @Test
    void a_staff_page_sends_anonymous_visitors_to_the_login_page() throws Exception {
        http.perform(get("/beheer/mail")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
    }

    @ParameterizedTest(name = "{0} is not behind the login")
    @ValueSource(strings = {"/api/v1/checks", "/v3/api-docs", "/swagger-ui/index.html", "/media/logo.svg",
            "/styles/portal.css", "/images/favicon.svg"})
    void public_paths_are_not_behind_the_login(String path) {
        assertThat(privileges.isAllowed(path, ANONYMOUS)).isTrue();
    }

    @Test
    void an_unknown_address_is_not_behind_the_login_so_residents_get_the_not_found_page() {
        assertThat(privileges.isAllowed("/bestaat-niet", ANONYMOUS)).isTrue();
    }

    @Test
    void the_same_check_keeps_staff_paths_behind_the_login() {
        assertThat(privileges.isAllowed("/beheer/mail", ANONYMOUS)).isFalse();
    }

    @Test
    void the_stateless_api_takes_posts_without_a_csrf_token() throws Exception {
        MvcResult api = http.perform(post("/api/v1/checks").contentType("application/json").content("{}")).andReturn();
        assertThat(api.getResponse().getStatus()).isNotIn(302, 401, 403);
    }

    @Test
    void other_posts_without_a_csrf_token_are_refused() throws Exception {
        http.perform(post("/beheer/mail")).andExpect(status().isForbidden());
    }
}
