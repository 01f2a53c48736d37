package uk.quarterlyreturns.base.security;

import java.util.Collection;
import java.util.Optional;

/** A person's name and address as other systems show them (Camunda's webapps), looked up by username. */
public interface PersonNames {

    Optional<Name> of(String username);

    /** The person's name as people read it, or the username when there is no such person (or no name). */
    default String nameOf(String username) {
        return of(username).map(Name::full).filter(n -> !n.isEmpty()).orElse(username);
    }

    /** The names of all these people at once (one query however many), for a page that lists several. */
    Names named(Collection<String> usernames);

    /** firstName and lastName as Camunda splits a name; email may be null. */
    record Name(String firstName, String lastName, String email) {

        /** The name as people read it: "Imran Hussain". */
        public String full() {
            return (firstName + " " + lastName).trim();
        }

        /** "Imran Hussain" is Imran and Hussain; a single word is a first name alone. */
        public static Name split(String displayName, String email) {
            String name = displayName == null ? "" : displayName.trim();
            int space = name.indexOf(' ');
            return space < 0 ? new Name(name, "", email)
                    : new Name(name.substring(0, space), name.substring(space + 1).trim(), email);
        }
    }
}
