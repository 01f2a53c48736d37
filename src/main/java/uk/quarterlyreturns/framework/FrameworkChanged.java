package uk.quarterlyreturns.framework;

import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A year's measures or key actions changed (imported, saved on the Framework screen, removed): what each service owes
 * in that year's open cycle may have changed with them (the returns feature follows, in the same transaction).
 *
 * @param by          who made the change: the signed-in user, or the way it came when nobody is signed in
 * @param newServices the services the change brought in (none existed before it): nobody can have been named their
 *                    director yet
 * @param movedMeasures the measures the change moved to another service, their figures with them
 */
public record FrameworkChanged(long yearId, String by, Set<Long> newServices, Set<Long> movedMeasures) {

    public FrameworkChanged {
        newServices = Set.copyOf(newServices);
        movedMeasures = Set.copyOf(movedMeasures);
    }

    /** A change that brought in no service and moved no measure. */
    FrameworkChanged(long yearId, String by) {
        this(yearId, by, Set.of(), Set.of());
    }

    /** Made by whoever is signed in now. */
    static FrameworkChanged bySignedIn(long yearId, Set<Long> newServices, Set<Long> movedMeasures) {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        return new FrameworkChanged(yearId, signedIn == null || !signedIn.isAuthenticated() ? "framework import"
                : signedIn.getName(), newServices, movedMeasures);
    }
}
