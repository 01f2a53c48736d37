package uk.quarterlyreturns.base.security;

/** Whether someone holds a role now, as the database says (not as their session remembers); kept in people. */
public interface CurrentRoles {

    /** Enabled and holding the role. */
    boolean holds(String username, Role role);
}
