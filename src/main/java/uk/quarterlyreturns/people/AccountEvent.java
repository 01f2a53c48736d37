package uk.quarterlyreturns.people;

import java.time.Instant;
import uk.quarterlyreturns.base.security.Names;

/** One change to a person's account: from what to what, who made it, when and through which way. */
public record AccountEvent(String username, AccountChange kind, String from, String to, String by, Instant at,
                           AccountWay way) {

    /** "Roles changed from Data officer to Service director by admin", as the API and the CSV keep it. */
    public String words() {
        return words(Names.NONE);
    }

    /** "Roles changed from Data officer to Service director by Ada Admin", for the screen. */
    public String words(Names names) {
        StringBuilder words = new StringBuilder(kind.words());
        if (from != null) {
            words.append(" from ").append(from);
        }
        if (to != null) {
            words.append(kind.beforeValue()).append(to);
        }
        return words.append(" by ").append(names.of(by)).toString();
    }
}
