package uk.quarterlyreturns.base.security;

import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.event.AuthenticationFailureServiceExceptionEvent;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.SupplierClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import uk.quarterlyreturns.base.QuarterlySettings;

/**
 * The council's OpenID Connect provider, from {@code quarterly.sso.*}: registered only when an issuer is
 * named. Its endpoints are read from the issuer's discovery document on the first sign-in, not at start, so
 * the application starts while the provider is unreachable (and tries again on the next sign-in).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SingleSignOnConfig {

    /** The registration's id, part of the redirect URI the provider must know: /login/oauth2/code/council. */
    static final String REGISTRATION = "council";

    @Bean
    @Conditional(Configured.class)
    ClientRegistrationRepository councilAccounts(QuarterlySettings settings) {
        // the settings have checked that an issuer comes with a client id and secret
        QuarterlySettings.Sso sso = settings.sso();
        return new SupplierClientRegistrationRepository(() -> new InMemoryClientRegistrationRepository(
                registration(sso)));
    }

    static ClientRegistration registration(QuarterlySettings.Sso sso) {
        return ClientRegistrations.fromIssuerLocation(sso.issuerUri().strip())
                .registrationId(REGISTRATION)
                .clientName(sso.label())
                .clientId(sso.clientId().strip())
                .clientSecret(sso.clientSecret() == null ? null : sso.clientSecret().strip())
                .scope("openid", "profile", "email")
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .build();
    }

    /**
     * Spring's own publisher, also turning the provider's refusals and ours into failure events, so that
     * {@link SignInEvents} records them beside the password sign-ins.
     */
    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher events) {
        DefaultAuthenticationEventPublisher publisher = new DefaultAuthenticationEventPublisher(events);
        publisher.setAdditionalExceptionMappings(Map.of(
                OAuth2AuthenticationException.class, AuthenticationFailureServiceExceptionEvent.class,
                SingleSignOnRefused.class, AuthenticationFailureServiceExceptionEvent.class));
        return publisher;
    }

    /** Single sign-on is configured once an issuer is named. */
    static final class Configured implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            String issuer = context.getEnvironment().getProperty("quarterly.sso.issuer-uri", "");
            return !issuer.isBlank();
        }
    }
}
