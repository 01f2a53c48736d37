package uk.quarterlyreturns.people;

import org.springframework.stereotype.Component;
import uk.quarterlyreturns.base.security.CurrentRoles;
import uk.quarterlyreturns.base.security.Role;

@Component
class PersonCurrentRoles implements CurrentRoles {

    private final PersonRepository people;

    PersonCurrentRoles(PersonRepository people) {
        this.people = people;
    }

    @Override
    public boolean holds(String username, Role role) {
        return people.activeWith(username, role);
    }
}
