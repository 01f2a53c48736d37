package uk.quarterlyreturns.people;

import java.util.Set;
import uk.quarterlyreturns.base.security.Role;

/**
 * Someone who signs in. Directors and data officers belong to a service; strategic directors to a
 * directorate. A digest user gets one mail a day instead of one per event (escalations still go at once).
 */
public record Person(
        String username,
        String displayName,
        String email,
        Set<Role> roles,
        Long serviceId,
        Long directorateId,
        boolean enabled,
        boolean demo,
        boolean dailyDigest) {

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
