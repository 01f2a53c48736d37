package uk.quarterlyreturns.base.security;

import java.util.Optional;

/**
 * Whether a council account may be placed by its email address. Anyone can type an address into an account at
 * some providers; those that let them say so with {@code email_verified}, and false is always refused. Entra ID
 * sends no such claim (a council's directory sets its own addresses), so an absent claim is trusted unless the
 * council requires it ({@code QUARTERLY_SSO_REQUIRE_EMAIL_VERIFIED}).
 */
final class VerifiedEmail {

    private VerifiedEmail() {
    }

    /** Why the account's address cannot place it, in words for the sign-in page; empty when it can. */
    static Optional<String> whyNot(String address, Boolean emailVerified, boolean required) {
        if (Boolean.TRUE.equals(emailVerified)) {
            return Optional.empty();
        }
        if (emailVerified != null) {
            return Optional.of("Your council account " + address + " has an email address its provider has not"
                    + " verified, so it cannot sign you in to Quarterly Returns; ask your IT team to verify it");
        }
        return required ? Optional.of("Your council account " + address + " does not say whether its email address"
                + " is verified, which Quarterly Returns needs; ask your IT team to release the email_verified claim")
                : Optional.empty();
    }
}
