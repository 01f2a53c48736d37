package uk.quarterlyreturns.base.security;

import java.util.OptionalInt;

/** A signed-in user's password version at sign-in, by password or council account alike. */
interface PasswordVersioned {

    int passwordVersion();

    static OptionalInt of(Object user) {
        return user instanceof PasswordVersioned versioned ? OptionalInt.of(versioned.passwordVersion())
                : OptionalInt.empty();
    }
}
