package uk.quarterlyreturns.people;

import java.util.Optional;
import org.springframework.stereotype.Component;
import uk.quarterlyreturns.base.security.PersonNames;

/** Names from our user table, for Camunda's webapps (which would otherwise greet everyone as "null null"). */
@Component
class PersonNamesLookup implements PersonNames {

    private final PersonRepository people;

    PersonNamesLookup(PersonRepository people) {
        this.people = people;
    }

    @Override
    public Optional<Name> of(String username) {
        return people.find(username).map(p -> Name.split(p.displayName(), p.email()));
    }
}
