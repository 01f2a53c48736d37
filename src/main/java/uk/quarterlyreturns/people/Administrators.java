package uk.quarterlyreturns.people;

import org.springframework.stereotype.Component;
import uk.quarterlyreturns.base.NotAllowedException;
import uk.quarterlyreturns.base.security.Role;

/**
 * Only administrators manage users, so at least one enabled administrator always remains, on every route (the
 * users screen, the people file). Changes to roles and access take turns: two administrators taking each other
 * away at the same moment would otherwise both pass their checks; now the second waits for the first, then
 * finds whether it may still act.
 */
@Component
class Administrators {

    private final PersonRepository people;

    Administrators(PersonRepository people) {
        this.people = people;
    }

    /** Waits for any other change to roles or access to finish, then checks the caller is still an administrator. */
    void takeTurn(String by) {
        people.lockRolesAndAccess();
        if (!people.activeWith(by, Role.ADMIN)) {
            throw new NotAllowedException("Only an administrator may create or change users");
        }
    }

    /** After a change, before it is saved for good: refused if nobody would be left to manage users. */
    void requireOneLeft() {
        if (people.countEnabledWith(Role.ADMIN) == 0) {
            throw new NotAllowedException("That would leave no enabled administrator: keep at least one");
        }
    }
}
