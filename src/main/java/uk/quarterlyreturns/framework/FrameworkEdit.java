package uk.quarterlyreturns.framework;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who changes a year's framework, by which way, and why when they say: kept with every row of its history.
 *
 * @param reason the optional "reason for the change", trimmed; null when none was given
 */
public record FrameworkEdit(String by, FrameworkWay way, String reason) {

    /** Long enough for a sentence or two and a committee minute's reference; a file belongs elsewhere. */
    public static final int REASON_MAX = 1000;

    public FrameworkEdit {
        if (reason != null && reason.isBlank()) {
            reason = null;
        }
        reason = reason == null ? null : reason.trim();
        if (reason != null && reason.length() > REASON_MAX) {
            throw new IllegalArgumentException("A reason for the change is at most " + REASON_MAX
                    + " characters; this one has " + reason.length() + ": nothing was changed");
        }
        if (by == null || by.isBlank()) {
            by = signedInName();
        }
    }

    /** Made by whoever is signed in now (or, with nobody signed in, by the system), with no reason given. */
    public static FrameworkEdit signedIn(FrameworkWay way) {
        return new FrameworkEdit(null, way, null);
    }

    private static String signedInName() {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        return signedIn == null || !signedIn.isAuthenticated() ? "system" : signedIn.getName();
    }
}
