package uk.quarterlyreturns.people;

import java.util.Arrays;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import uk.quarterlyreturns.base.QuarterlySettings;
import uk.quarterlyreturns.base.SettingException;

@Configuration(proxyBeanMethods = false)
class PasswordConfig {

    @Bean
    PasswordEncoder passwordEncoder(QuarterlySettings settings, Environment environment) {
        refuseWeakUnderProd(settings.passwords(), environment.getActiveProfiles());
        return encoder(settings.passwords());
    }

    /**
     * BCrypt at the configured cost (10 by default). A password stored at another cost still checks, since its hash
     * names its own cost. The cost's range is checked as the setting is read (QuarterlySettings.Passwords).
     */
    static PasswordEncoder encoder(QuarterlySettings.Passwords passwords) {
        return new BCryptPasswordEncoder(passwords.strength());
    }

    /**
     * The test suite's shortcuts (a cheap cost, a quicker forgotten-password answer) are never a server's: under the
     * prod profile the start is refused, in one line naming the setting.
     */
    static void refuseWeakUnderProd(QuarterlySettings.Passwords passwords, String... profiles) {
        if (passwords.allowWeak() && Arrays.asList(profiles).contains("prod")) {
            throw new SettingException("QUARTERLY_PASSWORDS_ALLOW_WEAK", "false under the prod profile", true);
        }
    }
}
