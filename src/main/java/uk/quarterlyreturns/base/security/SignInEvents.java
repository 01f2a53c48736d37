package uk.quarterlyreturns.base.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Clears the count of {@link SignInAttempts} on a successful sign-in, by form or HTTP Basic, and records
 * failures in the log by username only: never a password or an Authorization header.
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
    }
}
