package uk.quarterlyreturns.people;

import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import uk.quarterlyreturns.base.security.Names;
import uk.quarterlyreturns.base.security.PersonNames;

/**
 * Names from our user table, for screens and for Camunda's webapps (which would otherwise greet everyone as
 * "null null").
 */
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

    @Override
    public Names named(Collection<String> usernames) {
        return new Names(people.findAll(usernames.stream().filter(Objects::nonNull).distinct().toList()).stream()
                .filter(p -> p.displayName() != null && !p.displayName().isBlank())
                .collect(Collectors.toMap(Person::username, p -> p.displayName().strip())));
    }
}
