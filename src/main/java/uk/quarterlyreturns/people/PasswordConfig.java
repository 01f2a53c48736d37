package uk.quarterlyreturns.people;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import uk.quarterlyreturns.base.QuarterlySettings;

@Configuration(proxyBeanMethods = false)
class PasswordConfig {

    @Bean
    PasswordEncoder passwordEncoder(QuarterlySettings settings) {
        return encoder(settings.passwords());
    }

    /**
     * BCrypt at the configured cost (10 by default). A password stored at another cost still checks, since its hash
     * names its own cost. The cost's range is checked as the setting is read (QuarterlySettings.Passwords).
     */
    static PasswordEncoder encoder(QuarterlySettings.Passwords passwords) {
        return new BCryptPasswordEncoder(passwords.strength());
    }
}
