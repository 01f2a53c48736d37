package uk.quarterlyreturns.base.security;

import java.util.List;

/** The application's users a council account may name, for single sign-on (kept in the people feature). */
public interface UserAccounts {

    /** Usernames equal to this one, ignoring case. */
    List<String> byUsername(String username);

    /** Usernames of the users with this email address, ignoring case. */
    List<String> byEmail(String email);
}
