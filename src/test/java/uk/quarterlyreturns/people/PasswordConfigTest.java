package uk.quarterlyreturns.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

class PasswordConfigTest {

    @Test
    void passwordsAreStoredAtTheConfiguredCostAndOneBelowTenIsRefused() {
        PasswordEncoder byDefault = new PasswordConfig().passwordEncoder(10, false);
        assertThat(byDefault.encode("a long passphrase")).startsWith("$2a$10$");
        assertThat(new PasswordConfig().passwordEncoder(11, false).encode("a long passphrase")).startsWith("$2a$11$");
        assertThatThrownBy(() -> new PasswordConfig().passwordEncoder(9, false))
                .hasMessageContaining("at least 10");
    }

    @Test
    void aPasswordStoredAtAnotherCostStillChecks() {
        String quick = new PasswordConfig().passwordEncoder(4, true).encode("a long passphrase");
        PasswordEncoder server = new PasswordConfig().passwordEncoder(10, false);
        assertThat(server.matches("a long passphrase", quick)).isTrue();
        assertThat(server.matches("another passphrase", quick)).isFalse();
    }
}
