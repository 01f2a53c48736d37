package uk.quarterlyreturns.people;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.quarterlyreturns.base.NotAllowedException;
import uk.quarterlyreturns.base.security.Role;

/**
 * A director names a deputy for a period: the deputy may prepare and sign off the service's return. Only
 * the service's director or an administrator names, ends or withdraws a service's deputies. The table's reads are
 * {@link DeputyRecords}'; how delegations end, by hand or by a change of people, {@link DeputyEndings}'.
 */
@Service
public class Delegations {

    private final JdbcClient jdbc;
    private final PersonRepository people;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final DeputyRecords records;
    private final DeputyEndings endings;

    Delegations(JdbcClient jdbc, PersonRepository people, Clock clock, ApplicationEventPublisher events,
            DeputyRecords records, DeputyEndings endings) {
        this.jdbc = jdbc;
        this.people = people;
        this.clock = clock;
        this.events = events;
        this.records = records;
        this.endings = endings;
    }

    @Transactional
    public long name(long serviceId, String deputy, LocalDate startsOn, LocalDate endsOn, String by) {
        // after any change to people under way: a director replaced meanwhile names nobody for the post they left
        people.lockRolesAndAccess();
        requireMayDelegate(serviceId, by);
        Person person = people.find(deputy).orElseThrow(() -> new IllegalArgumentException("No user " + deputy));
        DelegationRules.refuseDeputy(person, serviceId);
        DelegationRules.checkPeriod(startsOn, endsOn, LocalDate.now(clock), "deputy");
        refuseOverlap(serviceId, person, startsOn, endsOn);
        // whom they cover: the director in post now, whoever names them (the director, or an administrator)
        String namedFor = people.findByService(serviceId, Role.SERVICE_DIRECTOR).stream().map(Person::username)
                .findFirst().orElse(null);
        long id = jdbc.sql("""
                insert into delegation (service_id, deputy, starts_on, ends_on, created_by, created_at, named_for)
                values (:s, :d, :from, :to, :by, :at, :for) returning id""")
                .param("s", serviceId).param("d", deputy).param("from", Date.valueOf(startsOn))
                .param("to", Date.valueOf(endsOn)).param("by", by).param("for", namedFor)
                .param("at", java.sql.Timestamp.from(clock.instant())).query(Long.class).single();
        events.publishEvent(new DeputyNamed(serviceId, deputy));
        return id;
    }

    /**
     * One delegation per deputy and day: the same form sent twice (a second tab) would leave a twin that still runs
     * once the first is ended. Naming for a service takes turns, so that two at once both see what the other named.
     */
    private void refuseOverlap(long serviceId, Person deputy, LocalDate startsOn, LocalDate endsOn) {
        jdbc.sql("select id from service where id = :s for update").param("s", serviceId).query(Long.class).list();
        jdbc.sql("""
                select * from delegation where service_id = :s and deputy = :d and not withdrawn
                and starts_on <= :to and ends_on >= :from order by starts_on limit 1""")
                .param("s", serviceId).param("d", deputy.username()).param("from", Date.valueOf(startsOn))
                .param("to", Date.valueOf(endsOn)).query(Delegation::read).optional().ifPresent(d -> {
                    throw new IllegalArgumentException(deputy.displayName() + " is already deputy for "
                            + records.serviceName(serviceId) + " from " + UK.format(d.startsOn()) + " to "
                            + UK.format(d.endsOn()) + ": change the dates, or end that delegation first");
                });
    }

    private static final java.time.format.DateTimeFormatter UK = uk.quarterlyreturns.base.calendar.UkDateFormat
            .ofPattern("d MMM yyyy");

    /**
     * Ends a delegation today: one already under way stops at the end of yesterday; one that starts today
     * or later is withdrawn, as if never made (its row stays, saying who withdrew it).
     */
    @Transactional
    public Delegation end(long id, String by) {
        Delegation d = find(id);
        requireMayDelegate(d.serviceId(), by);
        LocalDate today = LocalDate.now(clock);
        DelegationState state = d.state(today);
        if (state == DelegationState.PAST || state == DelegationState.WITHDRAWN) {
            throw new IllegalStateException("This delegation is already over");
        }
        endings.close(d, today, by, null, AccountWay.SCREEN);
        return find(id);
    }

    /** Whether the person could be named a deputy at all (see DelegationRules). */
    public static boolean mayBeDeputy(Person person) {
        return DelegationRules.mayBeDeputy(person);
    }

    public boolean mayDelegate(long serviceId, String username) {
        return people.activeWith(username, Role.ADMIN) || people.find(username)
                .filter(p -> p.enabled() && p.has(Role.SERVICE_DIRECTOR) && Long.valueOf(serviceId)
                        .equals(p.serviceId())).isPresent();
    }

    /**
     * The deputies who may act on the day. A deputy whose roles have since changed so that they may no longer
     * be one (now in the performance team, say) is left out, whatever the delegation says.
     */
    public List<String> activeDeputies(long serviceId, LocalDate on) {
        return records.activeDeputies(serviceId, on);
    }

    /**
     * The deputies on the day of each of these services, as {@link #activeDeputies(long, LocalDate)} names them for
     * one, ordered by username; two statements however many services (a chase of hundreds reads them at once).
     */
    public Map<Long, List<Person>> activeDeputies(Collection<Long> serviceIds, LocalDate on) {
        return records.activeDeputies(serviceIds, on);
    }

    public List<Long> servicesDeputisedBy(String username, LocalDate on) {
        return records.servicesDeputisedBy(username, on);
    }

    /** The services each of these people deputises for on the day, in one statement (whoever claimed an inbox's steps). */
    public Map<String, Set<Long>> servicesDeputisedBy(Collection<Person> people, LocalDate on) {
        return records.servicesDeputisedBy(people, on);
    }

    /**
     * Why a deputy, named for today or later, may not be given the roles of {@code after}: they could no longer act,
     * and the director would have a deputy on paper only. Empty when they may (or are no deputy).
     */
    public Optional<String> whyNotStillADeputy(Person before, Person after) {
        return DelegationRules.whyNotADeputy(after).filter(why -> DelegationRules.whyNotADeputy(before).isEmpty()
                        && !records.heldBy(before.username(), LocalDate.now(clock)).isEmpty())
                .map(why -> DelegationRules.stillADeputy(before, why));
    }

    /** Delegations to this person that are under way or still to come on the day. */
    public List<Delegation> heldBy(String username, LocalDate on) {
        return records.heldBy(username, on);
    }

    /**
     * This deputy's latest delegation for the service if it ran out by date: its last day is gone and nobody ended or
     * withdrew it, so nothing let go of the steps they claimed under it (see DeputyEnded.ranOut).
     */
    public Optional<Delegation> ranOut(long serviceId, String deputy, LocalDate today) {
        return records.ranOut(serviceId, deputy, today);
    }

    public List<Delegation> forService(long serviceId) {
        return records.forService(serviceId);
    }

    /** Each of these services' delegations, as {@link #forService(long)} lists them; one statement however many. */
    public Map<Long, List<Delegation>> forServices(Collection<Long> serviceIds) {
        if (serviceIds.isEmpty()) {
            return Map.of();
        }
        return records.forServices(serviceIds);
    }

    public Delegation find(long id) {
        return records.find(id);
    }

    /** The deputies under way or to come who cover this director of the service (see DeputyEndings.endNamedFor). */
    public List<Delegation> namedFor(long serviceId, String director) {
        return records.namedFor(serviceId, director);
    }

    private void requireMayDelegate(long serviceId, String by) {
        if (!mayDelegate(serviceId, by)) {
            throw new NotAllowedException("Only the service's director or an administrator may name or end the"
                    + " service's deputies");
        }
    }
}
