package uk.quarterlyreturns.base.security;

import java.util.Map;

/**
 * People's names for the usernames a page shows, read in one go. A username with no person behind it (someone
 * since removed, or an actor such as "system" or "timer") stands for itself, as the records hold it.
 */
public record Names(Map<String, String> byUsername) {

    /** Every username as itself. */
    public static final Names NONE = new Names(Map.of());

    public Names {
        byUsername = Map.copyOf(byUsername);
    }

    /** "Imran Hussain" for imran.hussain; the username when there is no such person; null for null. */
    public String of(String username) {
        return username == null ? null : byUsername.getOrDefault(username, username);
    }

    /** Whether the username is a person's, so that showing it beside the name tells the reader something. */
    public boolean known(String username) {
        return username != null && byUsername.containsKey(username);
    }
}
