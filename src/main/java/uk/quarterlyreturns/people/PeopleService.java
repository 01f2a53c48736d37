package uk.quarterlyreturns.people;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.quarterlyreturns.base.NotAllowedException;
import uk.quarterlyreturns.base.security.Role;

@Service
public class PeopleService {

    private final PersonRepository people;
    private final PasswordEncoder passwordEncoder;
    private final DeputyRecords deputyRecords;
    private final DeputyEndings deputyEndings;
    private final Clock clock;
    private final AccountHistory history;
    private final NewDirectors newDirectors;
    private final DeputiesFollowTheirDirector deputies;

    PeopleService(PersonRepository people, PasswordEncoder passwordEncoder, DeputyRecords deputyRecords,
            DeputyEndings deputyEndings, Clock clock, AccountHistory history, NewDirectors newDirectors,
            DeputiesFollowTheirDirector deputies) {
        this.deputies = deputies;
        this.newDirectors = newDirectors;
        this.history = history;
        this.people = people;
        this.passwordEncoder = passwordEncoder;
        this.deputyRecords = deputyRecords;
        this.deputyEndings = deputyEndings;
        this.clock = clock;
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

    /** The people of these usernames, read at once; a username no longer known is left out. */
    public List<Person> find(java.util.Collection<String> usernames) {
        return usernames.isEmpty() ? List.of() : people.findAll(usernames);
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

    /** The service's directors, then its data officers: whom a return's mail goes to. */
    public List<Person> serviceStaff(long serviceId) {
        List<Person> staff = people.findByService(serviceId, List.of(Role.SERVICE_DIRECTOR, Role.DATA_OFFICER));
        return java.util.stream.Stream.concat(staff.stream().filter(p -> p.has(Role.SERVICE_DIRECTOR)),
                staff.stream().filter(p -> !p.has(Role.SERVICE_DIRECTOR))).toList();
    }

    public List<Person> inDirectorate(long directorateId, Role role) {
        return people.findByDirectorate(directorateId, role);
    }

    /**
     * Makes the person the service's director or one of its data officers, and nothing else. A service has one
     * director: naming a new one leaves the previous director without a service until placed again, their roles kept. Someone
     * disabled, or with a role that this would end or that cannot go with a service's, is not placed. Administrators and
     * the performance team place people, as the database says they are now (not as their session remembers).
     */
    private static final java.util.Map<Role, String> CHECKERS = java.util.Map.of(Role.ADMIN, "an administrator",
            Role.PERFORMANCE_TEAM, "in the performance team", Role.CHIEF_EXECUTIVE, "the chief executive");

    @Transactional
    public void assignToService(String username, long serviceId, long directorateId, Role role, String by) {
        people.lockRolesAndAccess(); // takes turns with other changes to people, and with naming deputies
        Person person = placeable(username, role, by);
        if (role == Role.SERVICE_DIRECTOR) {
            people.findByService(serviceId, Role.SERVICE_DIRECTOR).stream()
                    .filter(d -> !d.username().equals(username))
                    .forEach(d -> {
                        // only the post goes: a strategic director who also led the service still leads the
                        // directorate, and keeps any other role, as the question before asked nothing of them
                        people.leaveService(d.username(), by);
                        history.changedSince(d, by, AccountWay.SCREEN);
                        deputies.since(d, by, AccountWay.SCREEN);
                    });
        }
        people.assign(username, serviceId, directorateId, role, by);
        history.changedSince(person, by, AccountWay.SCREEN);
        newDirectors.since(person, username);
        deputies.since(person, by, AccountWay.SCREEN);
    }

    /**
     * The deputies who would end if the person were placed in the service in that role, each with the service and the
     * director they cover (DeputyEndings.endingWith): those named for the director a new director replaces, and for the
     * person themselves as director of another service, whose deputies there are not this service's.
     */
    public List<String> deputiesEnding(String username, long serviceId, Role role) {
        List<String> ending = new java.util.ArrayList<>();
        people.find(username).filter(DirectorLeft::directs)
                .filter(p -> role != Role.SERVICE_DIRECTOR || p.serviceId() != serviceId)
                .ifPresent(p -> ending.addAll(deputyEndings.endingWith(p.serviceId(), p)));
        if (role == Role.SERVICE_DIRECTOR) {
            people.findByService(serviceId, Role.SERVICE_DIRECTOR).stream().filter(d -> !d.username().equals(username))
                    .forEach(d -> ending.addAll(deputyEndings.endingWith(serviceId, d)));
        }
        return ending;
    }

    /**
     * The person, when they may be placed in a service in that role by {@code by}; else the reason, thrown as
     * placing them would throw it (the services screen asks only about a placing that would go ahead).
     */
    public Person placeable(String username, Role role, String by) {
        if (!people.activeWith(by, Role.ADMIN) && !people.activeWith(by, Role.PERFORMANCE_TEAM)) {
            throw new NotAllowedException("Only an administrator or the performance team may place people in"
                    + " services");
        }
        if (role != Role.SERVICE_DIRECTOR && role != Role.DATA_OFFICER) {
            throw new IllegalArgumentException("A service has a director and data officers, not a " + role.label());
        }
        Person person = people.find(username).orElseThrow(() -> new IllegalArgumentException("No user " + username));
        if (!person.enabled()) {
            // They cannot sign in: as director they would leave the service nobody to sign off its return.
            throw new IllegalArgumentException(person.displayName() + " is disabled and cannot sign in: an"
                    + " administrator enables them under Users first");
        }
        java.util.stream.Stream.of(Role.ADMIN, Role.PERFORMANCE_TEAM, Role.CHIEF_EXECUTIVE).filter(person::has)
                .findFirst().ifPresent(checker -> {
                    throw new IllegalArgumentException(person.displayName() + " is " + CHECKERS.get(checker)
                            + ", so cannot also be a service's director or data officer: give the service someone"
                            + " else");
                });
        if (role == Role.DATA_OFFICER && !deputyRecords.heldBy(username, LocalDate.now(clock)).isEmpty()) {
            throw new IllegalArgumentException(DelegationRules.stillADeputy(person, person.displayName()
                    + " would be a data officer and cannot sign off a return"));
        }
        if (person.has(Role.STRATEGIC_DIRECTOR)) {
            // Placing replaces every role: their directorate's escalations would silently reach nobody.
            throw new IllegalArgumentException(person.displayName() + " is a strategic director and would stop"
                    + " being one: an administrator changes their roles under Users");
        }
        return person;
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
