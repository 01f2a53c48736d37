package uk.quarterlyreturns.base.security;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The response headers every chain sends, on top of Spring Security's defaults (which already keep
 * responses out of caches with Cache-Control no-store unless a response sets its own).
 */
final class SecureHeaders {

    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=()";
    /**
     * The UI's content policy: only our own origin, no plugins, no foreign base or form targets, framed by
     * ourselves only. Vaadin's client needs inline scripts and styles and eval, so those stay allowed.
     */
    static final String UI_CONTENT_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval';"
            + " style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:;"
            + " connect-src 'self'; frame-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self';"
            + " frame-ancestors 'self'";

    private SecureHeaders() {
    }

    static Customizer<HeadersConfigurer<HttpSecurity>> everywhere() {
        return headers -> headers
                .contentTypeOptions(Customizer.withDefaults())
                // Cockpit and Tasklist frame pages of their own origin; nobody else may frame us.
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::sameOrigin)
                .referrerPolicy(r -> r.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .permissionsPolicyHeader(p -> p.policy(PERMISSIONS_POLICY))
                // Sent on HTTPS requests only, which behind a proxy needs its forwarded headers trusted.
                .httpStrictTransportSecurity(h -> h.includeSubDomains(true).maxAgeInSeconds(31_536_000));
    }

    /** The headers of every chain, and the UI's content policy. */
    static Customizer<HeadersConfigurer<HttpSecurity>> forTheUi() {
        return headers -> {
            everywhere().customize(headers);
            headers.contentSecurityPolicy(c -> c.policyDirectives(UI_CONTENT_POLICY));
        };
    }
}
