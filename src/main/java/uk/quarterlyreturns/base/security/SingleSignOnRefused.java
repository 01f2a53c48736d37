package uk.quarterlyreturns.base.security;

import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;

/**
 * A council account the provider vouched for, refused by us (unknown here, disabled, ambiguous): its message is
 * shown on the sign-in page as it stands, so it names the account and says whom to ask.
 */
public class SingleSignOnRefused extends OAuth2AuthenticationException {

    private final String account;

    SingleSignOnRefused(String account, String message) {
        super(new OAuth2Error(OAuth2ErrorCodes.ACCESS_DENIED, message, null), message);
        this.account = account;
    }

    /** The account as the token named it (an email address or username), for the log. */
    public String account() {
        return account;
    }
}
