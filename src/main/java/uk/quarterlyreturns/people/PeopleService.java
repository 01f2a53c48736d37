package uk.quarterlyreturns.people;

import java.util.List;
import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class PeopleService {

    private final PersonRepository people;
    private final PasswordEncoder passwordEncoder;

    PeopleService(PersonRepository people, PasswordEncoder passwordEncoder) {
        this.people = people;
        this.passwordEncoder = passwordEncoder;
    }

    @Transactional
    public Person create(Person person, String password) {
        if (people.find(person.username()).isPresent()) {
            throw new IllegalArgumentException("There is already a user called " + person.username());
        }
        people.insert(person, passwordEncoder.encode(password));
        return person;
    }

    public Optional<Person> find(String username) {
        return people.find(username);
    }

    public List<Person> all() {
        return people.findAll();
    }

    public List<Person> withRole(Role role) {
        return people.findByRole(role);
    }

    public List<Person> inService(long serviceId, Role role) {
        return people.findByService(serviceId, role);
    }

    public List<Person> inDirectorate(long directorateId, Role role) {
        return people.findByDirectorate(directorateId, role);
    }

    public void setDailyDigest(String username, boolean digest) {
        people.setDailyDigest(username, digest);
    }

    public boolean anyDemoUser() {
        return people.anyDemoUser();
    }

    public boolean noneYet() {
        return people.count() == 0;
    }
}
