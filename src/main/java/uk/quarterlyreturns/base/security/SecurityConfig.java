package uk.quarterlyreturns.base.security;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.withDefaults;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import uk.quarterlyreturns.base.ui.LoginView;

/**
 * One chain per kind of client, most specific first: the error page, API clients (HTTP Basic, no
 * session), Camunda's operations webapps (administrators, same session as the UI), then the Vaadin UI
 * (password form and, when configured, the council's accounts: {@link SingleSignOn}).
 */
@Configuration
@ConditionalOnWebApplication
@EnableWebSecurity
@EnableMethodSecurity
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfig {

    @Bean
    @Order(1)
    SecurityFilterChain errorChain(HttpSecurity http) throws Exception {
        // Without this, an API client's 401 would be turned into a redirect to the login page.
        return http.securityMatcher(withDefaults().matcher("/error"))
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .headers(SecureHeaders.everywhere())
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain apiChain(HttpSecurity http, SingleSignOn singleSignOn,
            ObjectProvider<ManagementService> engine) throws Exception {
        passwordsTaken(http, singleSignOn, PasswordToChoose.Then.REFUSE, BasicAuthenticationFilter.class);
        return http.securityMatcher(new OrRequestMatcher(
                        withDefaults().matcher("/api/**"), withDefaults().matcher("/engine-rest/**")))
                .authorizeHttpRequests(a -> a
                        .requestMatchers(withDefaults().matcher("/engine-rest/**")).hasRole(Role.ADMIN.name())
                        .requestMatchers(withDefaults().matcher("/api/years/*/quarters/*/compliance"))
                        .hasAnyRole(Role.PERFORMANCE_TEAM.name(), Role.ADMIN.name(), Role.STRATEGIC_DIRECTOR.name())
                        .requestMatchers(frameworkApi()).hasAnyRole(Role.PERFORMANCE_TEAM.name(), Role.ADMIN.name())
                        // a return's evidence: the controller asks whether this person may read the return
                        .requestMatchers(withDefaults().matcher("/api/years/*/quarters/*/measures/*/evidence/**"))
                        .hasAnyRole(Role.ADMIN.name(), Role.PERFORMANCE_TEAM.name(), Role.SERVICE_DIRECTOR.name(),
                                Role.DATA_OFFICER.name(), Role.STRATEGIC_DIRECTOR.name(), Role.CHIEF_EXECUTIVE.name())
                        .requestMatchers(withDefaults().matcher(HttpMethod.PUT, "/api/people")).hasRole(Role.ADMIN.name())
                        .requestMatchers(withDefaults().matcher("/api/people"))
                        .hasAnyRole(Role.PERFORMANCE_TEAM.name(), Role.ADMIN.name())
                        .anyRequest().authenticated())
                .httpBasic(b -> { })
                .exceptionHandling(e -> e.accessDeniedHandler(new ApiAccessDenied()))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable())
                .headers(SecureHeaders.everywhere())
                .addFilterAfter(new SameOriginWrites(), AuthorizationFilter.class)
                .addFilterAfter(engineApiGate(engine), AuthorizationFilter.class)
                .build();
    }

    /**
     * Which passwords these chains take. With local passwords on, one an administrator set is to be replaced by its
     * owner's own first. With the council's accounts alone no person signs in with a password: only an account
     * marked as another system's, whose password is the one its administrator set ({@link ApiAccountsOnly}).
     */
    private static void passwordsTaken(HttpSecurity http, SingleSignOn singleSignOn, PasswordToChoose.Then then,
            Class<? extends jakarta.servlet.Filter> after) {
        http.addFilterAfter(singleSignOn.localPasswords() ? new PasswordToChoose(then) : new ApiAccountsOnly(), after);
    }

    /**
     * The performance team's API paths (framework, values, cycle, returns). Its controllers check the role
     * too, but only once the request body has been read: without this, another role's PUT of an empty body
     * got a 400 instead of a 403.
     */
    private static RequestMatcher frameworkApi() {
        return new OrRequestMatcher(Stream.of("framework", "actions", "history", "quarters/*/values",
                        "quarters/*/measures", "quarters/*/cycle", "quarters/*/returns", "rollover")
                .map(path -> (RequestMatcher) withDefaults().matcher("/api/years/*/" + path)).toList());
    }

    /**
     * The API's OpenAPI description and Swagger UI: for the performance team and administrators, signed in
     * through the application's own sign-in (or HTTP Basic, for tools that read the description).
     */
    @Bean
    @Order(3)
    SecurityFilterChain apiDocsChain(HttpSecurity http, UserDetailsService users, UserAccounts accounts,
            SingleSignOn singleSignOn) throws Exception {
        // the same session as the screens, so it ends here too when its user is disabled or changed
        http.addFilterBefore(new ChangedUserSessions(users, accounts), AuthorizationFilter.class);
        passwordsTaken(http, singleSignOn, PasswordToChoose.Then.REDIRECT, ChangedUserSessions.class);
        return http.securityMatcher(new OrRequestMatcher(withDefaults().matcher("/v3/api-docs"),
                        withDefaults().matcher("/v3/api-docs/**"), withDefaults().matcher("/v3/api-docs.yaml"), withDefaults().matcher("/swagger-ui.html"),
                        withDefaults().matcher("/swagger-ui/**")))
                .authorizeHttpRequests(a -> a.anyRequest().hasAnyRole(Role.PERFORMANCE_TEAM.name(), Role.ADMIN.name()))
                .httpBasic(b -> { })
                .exceptionHandling(e -> e.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login")))
                .csrf(c -> c.disable())
                .headers(SecureHeaders.everywhere())
                .build();
    }

    /** The engine API's gate, asking the engine whether a job to run now failed or is due. */
    private static EngineApiGate engineApiGate(ObjectProvider<ManagementService> engine) {
        return new EngineApiGate(jobId -> {
            Job job = engine.getObject().createJobQuery().jobId(jobId).singleResult();
            return job == null || EngineApiGate.runnableNow(job.getExceptionMessage(), job.getDuedate(),
                    ClockUtil.getCurrentTime());
        });
    }

    @Bean
    @Order(3)
    SecurityFilterChain camundaWebappChain(HttpSecurity http, UserDetailsService users, UserAccounts accounts,
            ObjectProvider<ManagementService> engine) throws Exception {
        return http.securityMatcher(withDefaults().matcher("/camunda/**"))
                .addFilterBefore(new ChangedUserSessions(users, accounts), AuthorizationFilter.class)
                .addFilterAfter(new PasswordToChoose(PasswordToChoose.Then.REDIRECT), ChangedUserSessions.class)
                .authorizeHttpRequests(a -> a.anyRequest().hasRole(Role.ADMIN.name()))
                .exceptionHandling(e -> e.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login")))
                // Cockpit and Tasklist bring their own CSRF protection.
                .csrf(c -> c.disable())
                .headers(SecureHeaders.everywhere())
                .addFilterAfter(new SameOriginWrites(), AuthorizationFilter.class)
                .addFilterAfter(engineApiGate(engine), AuthorizationFilter.class)
                .build();
    }

    @Bean
    @Order(4)
    SecurityFilterChain uiChain(HttpSecurity http, RequestUtil vaadinRequests, UserDetailsService users,
            UserAccounts accounts, SingleSignOn singleSignOn) throws Exception {
        http.addFilterBefore(new ChangedUserSessions(users, accounts), AuthorizationFilter.class);
        http.addFilterAfter(new PasswordToChoose(PasswordToChoose.Then.MARK), ChangedUserSessions.class);
        http.authorizeHttpRequests(a -> a
                .requestMatchers(withDefaults().matcher("/actuator/health"),
                        withDefaults().matcher("/actuator/health/**")).permitAll());
        http.headers(SecureHeaders.forTheUi());
        // Vaadin's own requests carry Vaadin's token. Unlike Vaadin's default, the sign-in form needs
        // Spring's token too, so that another site cannot sign a visitor in to an account of its choosing.
        http.csrf(c -> c.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        // The council's accounts (when configured) sign in beside, or instead of, the password form.
        singleSignOn.configure(http);
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> {
            vaadin.loginView(LoginView.class).enableCsrfConfiguration(false);
            singleSignOn.signOut().ifPresent(vaadin::logoutSuccessHandler);
        }).build();
    }
}
