package uk.quarterlyreturns.people;

import java.time.LocalDate;
import uk.quarterlyreturns.base.NotAllowedException;
import uk.quarterlyreturns.base.security.Role;

/**
 * Who may be a deputy and for what period. A deputy signs off, which a data officer never may; the
 * service's own director needs no deputy for themselves; a disabled user cannot sign in to act.
 */
final class DelegationRules {

    private DelegationRules() {
    }

    static void refuseDeputy(Person person, long serviceId) {
        if (person.has(Role.DATA_OFFICER)) {
            throw new NotAllowedException(person.displayName() + " is a data officer and cannot sign off a return,"
                    + " so cannot be a director's deputy");
        }
        if (!person.enabled()) {
            throw new IllegalArgumentException(person.displayName() + " is disabled and cannot sign in");
        }
        if (person.has(Role.SERVICE_DIRECTOR) && Long.valueOf(serviceId).equals(person.serviceId())) {
            throw new IllegalArgumentException(person.displayName() + " is the service's director already");
        }
    }

    /** Why a current or coming deputy cannot be made a data officer. */
    static String stillADeputy(Person person) {
        return person.displayName() + " is named as a director's deputy, who signs off; a data officer cannot."
                + " End or withdraw the delegation first";
    }

    static void checkPeriod(LocalDate startsOn, LocalDate endsOn, LocalDate today) {
        if (startsOn == null || endsOn == null) {
            throw new IllegalArgumentException("Give the first and last day of the period");
        }
        if (endsOn.isBefore(startsOn)) {
            throw new IllegalArgumentException("The period ends before it starts");
        }
        if (endsOn.isBefore(today)) {
            throw new IllegalArgumentException("The period is already over: a deputy is named for today or later");
        }    }
}
