package uk.quarterlyreturns.base.security;

import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Signs in by username and password, for the form and HTTP Basic alike. The attempt is counted first
 * ({@link SignInAttempts#admit}), so parallel guesses cannot all be checked; then one password hash is
 * checked whatever the case (a known user, an unknown one, a locked one), so the time of the answer tells
 * nothing about which it was, and every refusal is the same "bad credentials".
 */
@Component
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private static final Logger log = LoggerFactory.getLogger(ThrottledAuthenticationProvider.class);

    private final UserDetailsService users;
    private final PasswordEncoder passwords;
    private final SignInAttempts attempts;
    // A hash of the same cost as real ones, checked when there is no real one to check.
    private final String stand;

    ThrottledAuthenticationProvider(UserDetailsService users, PasswordEncoder passwords, SignInAttempts attempts) {
        this.users = users;
        this.passwords = passwords;
        this.attempts = attempts;
        this.stand = passwords.encode(UUID.randomUUID().toString());
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        String presented = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
        boolean admitted = attempts.admit(username);
        UserDetails user = find(username);
        boolean matches = passwords.matches(presented, user == null || user.getPassword() == null ? stand
                : user.getPassword());
        if (!admitted) {
            log.info("Sign-in refused for {}: locked after repeated failures", LogText.safe(username));
            throw new BadCredentialsException("Bad credentials");
        }
        if (user == null || !matches) {
            throw new BadCredentialsException("Bad credentials");
        }
        if (!user.isEnabled()) {
            throw new DisabledException("User is disabled");
        }
        UsernamePasswordAuthenticationToken result = UsernamePasswordAuthenticationToken.authenticated(user, null,
                user.getAuthorities());
        result.setDetails(authentication.getDetails());
        return result;
    }

    private UserDetails find(String username) {
        try {
            return users.loadUserByUsername(username);
        } catch (UsernameNotFoundException e) {
            return null;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
