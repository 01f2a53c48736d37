package uk.quarterlyreturns.base.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Whether an account's email address may place it: what the provider says, and what the council requires. */
class VerifiedEmailTest {

    private static final String ADDRESS = "jo@council.test";

    @Test
    void aVerifiedAddressPlacesTheAccountAnUnverifiedOneNever() {
        for (boolean required : new boolean[] {false, true}) {
            assertThat(VerifiedEmail.whyNot(ADDRESS, true, required)).isEmpty();
            assertThat(VerifiedEmail.whyNot(ADDRESS, false, required)).hasValue("Your council account " + ADDRESS
                    + " has an email address its provider has not verified, so it cannot sign you in to Quarterly"
                    + " Returns; ask your IT team to verify it");
        }
    }

    /** Entra ID sends no email_verified: trusted unless the council requires the claim. */
    @Test
    void anAbsentClaimIsTrustedUnlessRequired() {
        assertThat(VerifiedEmail.whyNot(ADDRESS, null, false)).isEmpty();
        assertThat(VerifiedEmail.whyNot(ADDRESS, null, true)).hasValueSatisfying(why -> assertThat(why)
                .contains("does not say whether its email address is verified", "email_verified"));
    }
}
