package uk.quarterlyreturns.people;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * One email address, one person, ignoring case: signing in with a council account finds people by it, and mail
 * meant for one would reach another. A pair that shares an address from before this rule keeps it until it is
 * changed (signing in by it is refused meanwhile, naming the fix); nobody is given a taken address.
 */
@Component
class EmailAddresses {

    private final PersonRepository people;

    EmailAddresses(PersonRepository people) {
        this.people = people;
    }

    /** Why this user may not be given this address, or empty when they may (or already have it). */
    Optional<String> whyNot(UserFields user) {
        if (!given(user)) {
            return Optional.empty();
        }
        return people.findByEmail(user.email()).stream().filter(p -> !p.username().equals(user.username()))
                .findFirst().map(p -> taken(user.email(), p.displayName() + " (" + p.username() + ")"));
    }

    /**
     * For a file's users by row, why each may not be given their address, judged as everyone will be once the file
     * is saved: an address may pass from one person to another in the same file.
     */
    Map<Integer, String> whyNot(Map<Integer, UserFields> rows) {
        Set<String> inFile = new HashSet<>();
        rows.values().forEach(u -> inFile.add(u.username()));
        // the file's rows by address, in file order, so that each row finds its namesakes without reading them all
        Map<String, List<Map.Entry<Integer, UserFields>>> byAddress = new HashMap<>();
        rows.entrySet().stream().filter(e -> e.getValue().email() != null).forEach(e -> byAddress.computeIfAbsent(
                e.getValue().email().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(e));
        Map<Integer, String> problems = new LinkedHashMap<>();
        rows.forEach((row, user) -> {
            if (!given(user)) {
                return;
            }
            byAddress.get(user.email().toLowerCase(Locale.ROOT)).stream().filter(other -> !other.getKey().equals(row)
                            && !other.getValue().username().equals(user.username())).findFirst()
                    .map(other -> taken(user.email(), other.getValue().username() + " on row " + other.getKey()))
                    .or(() -> people.findByEmail(user.email()).stream().filter(p -> !inFile.contains(p.username()))
                            .findFirst().map(p -> taken(user.email(), p.displayName() + " (" + p.username() + ")")))
                    .ifPresent(problem -> problems.put(row, problem));
        });
        return problems;
    }

    /** Whether the address is new to this user; an unchanged one (even shared from before the rule) is not. */
    private boolean given(UserFields user) {
        if (user.email().isEmpty()) {
            return false;
        }
        String now = user.email().toLowerCase(Locale.ROOT);
        return people.find(user.username()).map(Person::email)
                .filter(before -> before != null && before.toLowerCase(Locale.ROOT).equals(now)).isEmpty();
    }

    private static String taken(String email, String holder) {
        return email + " is already the email address of " + holder + ": give each person their own, as signing"
                + " in with a council account finds people by it";
    }
}
