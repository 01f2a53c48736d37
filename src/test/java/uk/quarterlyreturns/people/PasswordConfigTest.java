package uk.quarterlyreturns.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;
import uk.quarterlyreturns.base.QuarterlySettings.Passwords;

class PasswordConfigTest {

    @Test
    void passwordsAreStoredAtTheConfiguredCostAndOneBelowTenIsRefused() {
        PasswordEncoder byDefault = PasswordConfig.encoder(new Passwords(10, false));
        assertThat(byDefault.encode("a long passphrase")).startsWith("$2a$10$");
        assertThat(PasswordConfig.encoder(new Passwords(11, false)).encode("a long passphrase")).startsWith("$2a$11$");
        assertThatThrownBy(() -> PasswordConfig.encoder(new Passwords(9, false)))
                .hasMessageContaining("at least 10");
    }

    @Test
    void aPasswordStoredAtAnotherCostStillChecks() {
        String quick = PasswordConfig.encoder(new Passwords(4, true)).encode("a long passphrase");
        PasswordEncoder server = PasswordConfig.encoder(new Passwords(10, false));
        assertThat(server.matches("a long passphrase", quick)).isTrue();
        assertThat(server.matches("another passphrase", quick)).isFalse();
    }
}
