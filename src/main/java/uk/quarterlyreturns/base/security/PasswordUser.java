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
    private final boolean apiAccount;

    /**
     * @param passwordChosen false while the password is one an administrator set for them
     * @param apiAccount     whether an administrator marked the account as another system's, not a person's
     */
    public PasswordUser(String username, String passwordHash, boolean enabled, boolean locked, int passwordVersion,
            boolean passwordChosen, boolean apiAccount, Collection<? extends GrantedAuthority> authorities) {
        super(username, passwordHash, enabled, true, true, !locked, authorities);
        this.passwordVersion = passwordVersion;
        this.passwordChosen = passwordChosen;
        this.apiAccount = apiAccount;
    }

    public boolean passwordChosen() {
        return passwordChosen;
    }

    /** Only such an account's password opens the API when people sign in with their council accounts alone. */
    public boolean apiAccount() {
        return apiAccount;
    }

    @Override
    public int passwordVersion() {
        return passwordVersion;
    }
}
