package uk.quarterlyreturns.framework;

import java.util.Map;
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
 * @param movedFrom   the measures the change moved to another service, their figures with them, each with the
 *                    service it left
 * @param keyActionsMovedFrom the key actions the change moved to another service, their statuses and commentary
 *                    with them, each with the service it left
 */
public record FrameworkChanged(long yearId, String by, Set<Long> newServices, Map<Long, Long> movedFrom,
        Map<Long, Long> keyActionsMovedFrom) {

    public FrameworkChanged {
        newServices = Set.copyOf(newServices);
        movedFrom = Map.copyOf(movedFrom);
        keyActionsMovedFrom = Map.copyOf(keyActionsMovedFrom);
    }

    /** A change that brought in no service and moved no measure or key action. */
    FrameworkChanged(long yearId, String by) {
        this(yearId, by, Set.of(), Map.of(), Map.of());
    }

    /** The measures the change moved to another service. */
    public Set<Long> movedMeasures() {
        return movedFrom.keySet();
    }

    /** The key actions the change moved to another service. */
    public Set<Long> movedKeyActions() {
        return keyActionsMovedFrom.keySet();
    }

    /** Made by whoever is signed in now. */
    static FrameworkChanged bySignedIn(long yearId, Set<Long> newServices, Map<Long, Long> movedFrom,
            Map<Long, Long> keyActionsMovedFrom) {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        return new FrameworkChanged(yearId, signedIn == null || !signedIn.isAuthenticated() ? "framework import"
                : signedIn.getName(), newServices, movedFrom, keyActionsMovedFrom);
    }
}
