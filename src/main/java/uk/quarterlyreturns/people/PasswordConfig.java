package uk.quarterlyreturns.people;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

@Configuration(proxyBeanMethods = false)
class PasswordConfig {

    /** The lowest BCrypt cost a server may store passwords at; the tests alone, signing in thousands of times, go lower. */
    static final int LEAST_STRENGTH = 10;

    /**
     * BCrypt at the configured cost (10 by default). A password stored at another cost still checks, since its hash
     * names its own cost.
     */
    @Bean
    PasswordEncoder passwordEncoder(@Value("${quarterly.passwords.strength:10}") int strength,
            @Value("${quarterly.passwords.allow-weak:false}") boolean allowWeak) {
        if (strength < LEAST_STRENGTH && !allowWeak) {
            throw new IllegalStateException("quarterly.passwords.strength must be at least " + LEAST_STRENGTH
                    + " (it is " + strength + ")");
        }
        return new BCryptPasswordEncoder(strength);
    }
}
