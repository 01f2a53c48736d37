package uk.quarterlyreturns.framework;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A year's measures or key actions changed (imported, saved on the Framework screen, removed): what each service owes
 * in that year's open cycle may have changed with them (the returns feature follows, in the same transaction).
 *
 * @param by who made the change: the signed-in user, or the way it came when nobody is signed in
 */
public record FrameworkChanged(long yearId, String by) {

    /** Made by whoever is signed in now. */
    static FrameworkChanged bySignedIn(long yearId) {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        return new FrameworkChanged(yearId, signedIn == null || !signedIn.isAuthenticated() ? "framework import"
                : signedIn.getName());
    }
}
