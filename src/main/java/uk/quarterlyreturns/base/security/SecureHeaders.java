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

    private SecureHeaders() {
    }

    static Customizer<HeadersConfigurer<HttpSecurity>> everywhere() {
        return headers -> headers
                .contentTypeOptions(Customizer.withDefaults())
                // Cockpit and Tasklist frame pages of their own origin; nobody else may frame us.
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::sameOrigin)
                .referrerPolicy(r -> r.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .permissionsPolicyHeader(p -> p.policy(PERMISSIONS_POLICY));
    }
}
