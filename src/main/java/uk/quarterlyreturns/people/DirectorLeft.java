package uk.quarterlyreturns.people;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import uk.quarterlyreturns.base.security.Role;

/**
 * Whether a change took the post of a service's director from the person who held it (replaced, moved to another
 * service, the role taken away, disabled), in the words the delegations of their deputies keep; the same of a
 * strategic director's directorate, for their cover (Covers). Someone disabled already held no post, so loses none.
 */
final class DirectorLeft {

    private DirectorLeft() {
    }

    /** Why the deputies covering {@code before} end, or empty when the change left them director of their service. */
    static Optional<String> why(Person before, Person now, String serviceName) {
        return left(before, now, DirectorLeft::directs, Person::serviceId, "director of " + serviceName);
    }

    /** Why the cover named for {@code before} as strategic director ends, or empty when they still lead it. */
    static Optional<String> whyCoverEnds(Person before, Person now, String directorateName) {
        return left(before, now, DirectorLeft::leadsDirectorate, Person::directorateId,
                "strategic director of " + directorateName);
    }

    private static Optional<String> left(Person before, Person now, Predicate<Person> holds,
            Function<Person, Long> post, String postWords) {
        if (!holds.test(before) || holds.test(now) && Objects.equals(post.apply(before), post.apply(now))) {
            return Optional.empty();
        }
        return Optional.of(before.displayName() + ", whom they covered, "
                + (now.enabled() ? "is no longer " + postWords : "was disabled"));
    }

    static boolean leadsDirectorate(Person p) {
        return p.enabled() && p.has(Role.STRATEGIC_DIRECTOR) && p.directorateId() != null;
    }

    static boolean directs(Person p) {
        return p.enabled() && p.has(Role.SERVICE_DIRECTOR) && p.serviceId() != null;
    }
}
