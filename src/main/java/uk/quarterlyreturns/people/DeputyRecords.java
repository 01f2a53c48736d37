package uk.quarterlyreturns.people;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The deputies' delegations as the table holds them: who deputises for which service on a day, and since when. */
@Repository
class DeputyRecords {

    private static final String ACTIVE = " not withdrawn and :on between starts_on and ends_on";
    /** A deputy's delegation, not a strategic director's cover (Covers), which shares the table. */
    private static final String OF_A_SERVICE = " service_id is not null and";

    private final JdbcClient jdbc;
    private final PersonRepository people;
    private final Clock clock;

    DeputyRecords(JdbcClient jdbc, PersonRepository people, Clock clock) {
        this.jdbc = jdbc;
        this.people = people;
        this.clock = clock;
    }

    /** As {@link Delegations#activeDeputies(long, LocalDate)} says, leaving out who may no longer be a deputy. */
    List<String> activeDeputies(long serviceId, LocalDate on) {
        List<String> named = jdbc.sql("select distinct deputy from delegation where service_id = :s and" + ACTIVE)
                .param("s", serviceId).param("on", Date.valueOf(on)).query(String.class).list();
        // the people read at once, not one by one (the list is read each time a return's task is made)
        return people.findAll(named).stream().filter(DelegationRules::mayBeDeputy).map(Person::username).toList();
    }

    /** As {@link Delegations#activeDeputies(Collection, LocalDate)} says: two statements however many services. */
    Map<Long, List<Person>> activeDeputies(Collection<Long> serviceIds, LocalDate on) {
        if (serviceIds.isEmpty()) {
            return Map.of();
        }
        List<Map.Entry<Long, String>> named = jdbc.sql(
                "select distinct service_id, deputy from delegation where service_id in (:s) and" + ACTIVE)
                .param("s", serviceIds).param("on", Date.valueOf(on))
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2))).list();
        if (named.isEmpty()) {
            return Map.of();
        }
        Map<String, Person> deputies = people.findAll(named.stream().map(Map.Entry::getValue).distinct().toList())
                .stream().filter(DelegationRules::mayBeDeputy)
                .collect(Collectors.toMap(Person::username, p -> p));
        return named.stream().filter(e -> deputies.containsKey(e.getValue()))
                .sorted(Map.Entry.comparingByValue())
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(e -> deputies.get(e.getValue()), Collectors.toList())));
    }

    List<Long> servicesDeputisedBy(String username, LocalDate on) {
        if (people.find(username).filter(DelegationRules::mayBeDeputy).isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select distinct service_id from delegation where deputy = :u and" + OF_A_SERVICE + ACTIVE)
                .param("u", username).param("on", Date.valueOf(on)).query(Long.class).list();
    }

    /** As {@link Delegations#servicesDeputisedBy(Collection, LocalDate)} says, in one statement. */
    Map<String, Set<Long>> servicesDeputisedBy(Collection<Person> people, LocalDate on) {
        List<String> deputies = people.stream().filter(DelegationRules::mayBeDeputy).map(Person::username).toList();
        if (deputies.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("select distinct deputy, service_id from delegation where deputy in (:u) and" + OF_A_SERVICE
                        + ACTIVE)
                .param("u", deputies).param("on", Date.valueOf(on))
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toSet())));
    }

    /** As {@link Delegations#heldBy} says. */
    List<Delegation> heldBy(String username, LocalDate on) {
        return jdbc.sql("select * from delegation where deputy = :u and" + OF_A_SERVICE
                        + " not withdrawn and ends_on >= :on order by starts_on, id")
                .param("u", username).param("on", Date.valueOf(on)).query(Delegation::read).list();
    }

    /** As {@link Delegations#ranOut} says: run out by date, nobody ended or withdrew it. */
    Optional<Delegation> ranOut(long serviceId, String deputy, LocalDate today) {
        return jdbc.sql("""
                select * from delegation where service_id = :s and deputy = :d and not withdrawn and starts_on < :on
                order by ends_on desc, id desc limit 1""").param("s", serviceId).param("d", deputy)
                .param("on", Date.valueOf(today)).query(Delegation::read).optional()
                .filter(d -> d.endsOn().isBefore(today) && d.endedBy() == null);
    }

    List<Delegation> forService(long serviceId) {
        return jdbc.sql("select * from delegation where service_id = :s order by starts_on desc, id desc")
                .param("s", serviceId).query(Delegation::read).list();
    }

    /** As {@link Delegations#forServices} says. */
    Map<Long, List<Delegation>> forServices(Collection<Long> serviceIds) {
        return jdbc.sql("select * from delegation where service_id in (:s) order by starts_on desc, id desc")
                .param("s", serviceIds).query(Delegation::read).list().stream()
                .collect(Collectors.groupingBy(Delegation::serviceId));
    }

    Delegation find(long id) {
        // a strategic director's cover is a delegation too, ended by its own rules (Covers), never as a deputy
        return jdbc.sql("select * from delegation where id = :id and service_id is not null").param("id", id)
                .query(Delegation::read).optional()
                .orElseThrow(() -> new IllegalArgumentException("No deputy's delegation " + id));
    }

    /** As {@link Delegations#namedFor} says. */
    List<Delegation> namedFor(long serviceId, String director) {
        return jdbc.sql("""
                select * from delegation where service_id = :s and named_for = :d and not withdrawn and ends_on >= :on
                order by starts_on, id""").param("s", serviceId).param("d", director)
                .param("on", Date.valueOf(LocalDate.now(clock))).query(Delegation::read).list();
    }

    String serviceName(long serviceId) {
        return jdbc.sql("select name from service where id = :s").param("s", serviceId).query(String.class).single();
    }
}
