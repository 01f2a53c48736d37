package uk.quarterlyreturns.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;
import uk.quarterlyreturns.base.QuarterlySettings.Passwords;

class PasswordConfigTest {

    @Test
    void passwordsAreStoredAtTheConfiguredCostAndOneBelowTenIsRefused() {
        PasswordEncoder byDefault = PasswordConfig.encoder(new Passwords(10, false, 10));
        assertThat(byDefault.encode("a long passphrase")).startsWith("$2a$10$");
        assertThat(PasswordConfig.encoder(new Passwords(11, false, 10)).encode("a long passphrase"))
                .startsWith("$2a$11$");
        assertThatThrownBy(() -> PasswordConfig.encoder(new Passwords(9, false, 10)))
                .hasMessageContaining("at least 10");
    }

    @Test
    void aPasswordStoredAtAnotherCostStillChecks() {
        String quick = PasswordConfig.encoder(new Passwords(4, true, 10)).encode("a long passphrase");
        PasswordEncoder server = PasswordConfig.encoder(new Passwords(10, false, 10));
        assertThat(server.matches("a long passphrase", quick)).isTrue();
        assertThat(server.matches("another passphrase", quick)).isFalse();
    }

    @Test
    void aForgottenPasswordIsAnsweredAfterEightTenthsOfASecondOnAServer() {
        assertThat(new Passwords(10, false, 10).resetAnswerTime()).isEqualTo(java.time.Duration.ofMillis(800));
        assertThat(new Passwords(12, false, 10).resetAnswerTime()).isEqualTo(java.time.Duration.ofMillis(800));
        // only the test suite's own setting answers sooner
        assertThat(new Passwords(4, true, 10).resetAnswerTime()).isEqualTo(java.time.Duration.ofMillis(100));
    }

    @Test
    void theSuitesShortcutsAreRefusedUnderTheProdProfile() {
        assertThatThrownBy(() -> PasswordConfig.refuseWeakUnderProd(new Passwords(10, true, 10), "prod"))
                .hasMessage("QUARTERLY_PASSWORDS_ALLOW_WEAK must be false under the prod profile (it is 'true')");
        PasswordConfig.refuseWeakUnderProd(new Passwords(10, false, 10), "prod");
        PasswordConfig.refuseWeakUnderProd(new Passwords(4, true, 10), "test");
    }

    @Test
    void aForgottenPasswordThrottleOfNoRequestsIsRefused() {
        assertThatThrownBy(() -> new Passwords(10, false, 0))
                .hasMessageContaining("QUARTERLY_PASSWORDS_RESET_REQUESTS_PER_ADDRESS must be 1 or more");
        assertThat(new Passwords(10, false, 1).resetRequestsPerAddress()).isEqualTo(1);
    }
}
