package uk.quarterlyreturns.people;

import java.util.Objects;
import java.util.Optional;
import uk.quarterlyreturns.base.security.Role;

/**
 * Whether a change took the post of a service's director from the person who held it (replaced, moved to another
 * service, the role taken away, disabled), in the words the delegations of their deputies keep. Someone disabled
 * already held no post, so loses none.
 */
final class DirectorLeft {

    private DirectorLeft() {
    }

    /** Why the deputies covering {@code before} end, or empty when the change left them director of their service. */
    static Optional<String> why(Person before, Person now, String serviceName) {
        if (!directs(before) || directs(now) && Objects.equals(before.serviceId(), now.serviceId())) {
            return Optional.empty();
        }
        return Optional.of(before.displayName() + ", whom they covered, "
                + (now.enabled() ? "is no longer director of " + serviceName : "was disabled"));
    }

    static boolean directs(Person p) {
        return p.enabled() && p.has(Role.SERVICE_DIRECTOR) && p.serviceId() != null;
    }
}
