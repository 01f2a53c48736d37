package uk.quarterlyreturns.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A password long enough to resist guessing, short enough that BCrypt keeps all of it. */
class PasswordRuleTest {

    @Test
    void twelveCharactersAreEnough() {
        assertThat(PasswordRule.problem("correct-hors", "jo")).isEmpty();
        assertThat(PasswordRule.problem("battery staple horse", "jo")).isEmpty();
    }

    @Test
    void elevenAreNot() {
        assertThat(PasswordRule.problem("correct-hor", "jo")).hasValueSatisfying(p -> assertThat(p)
                .startsWith("Use at least 12 characters"));
        assertThat(PasswordRule.problem(null, "jo")).isPresent();
    }

    @Test
    void moreThanBcryptKeepsIsRefused() {
        assertThat(PasswordRule.problem("a1".repeat(36), "jo")).isEmpty();
        assertThat(PasswordRule.problem("a1".repeat(36) + "b", "jo")).hasValueSatisfying(p -> assertThat(p)
                .contains("at most 72 bytes"));
        // Characters beyond ASCII take more than one byte each.
        assertThat(PasswordRule.problem("é".repeat(37), "jo")).isPresent();
    }

    @Test
    void oneCharacterRepeatedOrTheUsernameIsRefused() {
        assertThat(PasswordRule.problem("aaaaaaaaaaaaaa", "jo")).isPresent();
        assertThat(PasswordRule.problem("            ", "jo")).isPresent();
        assertThat(PasswordRule.problem("Jo.Bloggs-2024", "jo.bloggs")).hasValue(
                "The password must not contain the username");
    }
}
