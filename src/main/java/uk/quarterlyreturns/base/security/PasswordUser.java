package uk.quarterlyreturns.base.security;

import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * One of our users as read for signing in: also which of their passwords is current ({@link #passwordVersion}),
 * so that a session signed in with it ends once the password changes ({@link ChangedUserSessions}).
 */
public final class PasswordUser extends User implements PasswordVersioned {

    private static final long serialVersionUID = 1L;

    private final int passwordVersion;
    private final boolean passwordChosen;

    /** @param passwordChosen false while the password is one an administrator set for them */
    public PasswordUser(String username, String passwordHash, boolean enabled, boolean locked, int passwordVersion,
            boolean passwordChosen, Collection<? extends GrantedAuthority> authorities) {
        super(username, passwordHash, enabled, true, true, !locked, authorities);
        this.passwordVersion = passwordVersion;
        this.passwordChosen = passwordChosen;
    }

    public boolean passwordChosen() {
        return passwordChosen;
    }

    @Override
    public int passwordVersion() {
        return passwordVersion;
    }
}
