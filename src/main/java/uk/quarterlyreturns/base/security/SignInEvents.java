package uk.quarterlyreturns.base.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureServiceExceptionEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.oauth2.client.authentication.OAuth2LoginAuthenticationToken;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.stereotype.Component;

/**
 * Clears the count of {@link SignInAttempts} on a successful sign-in, by form or HTTP Basic, and records
 * failures in the log by username only: never a password or an Authorization header. Sign-ins with a council
 * account are recorded too, each success with the account and our username, each refusal with its reason.
 */
@Component
class SignInEvents {

    private static final Logger log = LoggerFactory.getLogger(SignInEvents.class);

    private final SignInAttempts attempts;

    SignInEvents(SignInAttempts attempts) {
        this.attempts = attempts;
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        String username = event.getAuthentication().getName();
        if (attempts.isLocked(username)) {
            log.warn("Sign-in failed for {}; it is refused for {} minutes after repeated failures",
                    LogText.safe(username), SignInAttempts.LOCK.toMinutes());
        } else {
            log.info("Sign-in failed for {}", LogText.safe(username));
        }
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        attempts.succeeded(event.getAuthentication().getName());
        if (event.getAuthentication() instanceof OAuth2LoginAuthenticationToken login
                && login.getPrincipal() instanceof CouncilAccountUser user) {
            log.info("Signed in {} with council account {}", LogText.safe(user.getUsername()),
                    LogText.safe(user.getIdToken().getSubject()));
        }
    }

    /** A council account refused by us (unknown, disabled) or by the checks on the provider's answer. */
    @EventListener
    void refused(AuthenticationFailureServiceExceptionEvent event) {
        if (event.getException() instanceof SingleSignOnRefused refused) {
            log.warn("Sign-in with council account {} refused: {}", LogText.safe(refused.account()),
                    LogText.safe(refused.getError().getDescription(), 400));
        } else if (event.getException() instanceof OAuth2AuthenticationException failed) {
            log.warn("Sign-in with a council account failed: {} {}", LogText.safe(failed.getError().getErrorCode()),
                    LogText.safe(failed.getError().getDescription(), 400));
        }
    }
}
