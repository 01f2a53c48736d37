package uk.quarterlyreturns.people;

import java.util.EnumSet;
import java.util.Set;
import uk.quarterlyreturns.base.security.Role;

/**
 * A user's details as the administrator gives them. Directors and data officers belong to a service (and
 * so its directorate); a strategic director to a directorate.
 */
public record UserFields(String username, String displayName, String email, Set<Role> roles, Long serviceId,
                         Long directorateId) {

    public UserFields {
        username = strip(username);
        displayName = strip(displayName);
        email = strip(email);
        roles = roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public static UserFields of(Person p) {
        return new UserFields(p.username(), p.displayName(), p.email(), p.roles(), p.serviceId(), p.directorateId());
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** A service's director or data officer. */
    public boolean worksForAService() {
        return has(Role.SERVICE_DIRECTOR) || has(Role.DATA_OFFICER);
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }
}
