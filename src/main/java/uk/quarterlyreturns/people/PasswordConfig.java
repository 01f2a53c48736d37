package uk.quarterlyreturns.people;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import uk.quarterlyreturns.base.QuarterlySettings;

@Configuration(proxyBeanMethods = false)
class PasswordConfig {

    /** The lowest BCrypt cost a server may store passwords at; the tests alone, signing in thousands of times, go lower. */
    static final int LEAST_STRENGTH = 10;

    @Bean
    PasswordEncoder passwordEncoder(QuarterlySettings settings) {
        return encoder(settings.passwords());
    }

    /**
     * BCrypt at the configured cost (10 by default). A password stored at another cost still checks, since its hash
     * names its own cost.
     */
    static PasswordEncoder encoder(QuarterlySettings.Passwords passwords) {
        if (passwords.strength() < LEAST_STRENGTH && !passwords.allowWeak()) {
            throw new IllegalStateException("quarterly.passwords.strength must be at least " + LEAST_STRENGTH
                    + " (it is " + passwords.strength() + ")");
        }
        return new BCryptPasswordEncoder(passwords.strength());
    }
}
