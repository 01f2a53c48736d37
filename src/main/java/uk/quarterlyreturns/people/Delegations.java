package uk.quarterlyreturns.people;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.quarterlyreturns.base.NotAllowedException;
import uk.quarterlyreturns.base.security.Role;

/**
 * A director names a deputy for a period: the deputy may prepare and sign off the service's return. Only
 * the service's director or an administrator names, ends or withdraws a service's deputies.
 */
@Service
public class Delegations {

    private static final String ACTIVE = " not withdrawn and :on between starts_on and ends_on";
    /** A deputy's delegation, not a strategic director's cover (Covers), which shares the table. */
    private static final String OF_A_SERVICE = " service_id is not null and";

    private final JdbcClient jdbc;
    private final PersonRepository people;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    /** Answered by the returns feature, which needs the deputies in turn: looked up when asked. */
    private final ObjectProvider<DeputyClaims> claims;

    Delegations(JdbcClient jdbc, PersonRepository people, Clock clock, ApplicationEventPublisher events,
            ObjectProvider<DeputyClaims> claims) {
        this.claims = claims;
        this.jdbc = jdbc;
        this.people = people;
        this.clock = clock;
        this.events = events;
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
                .param("to", Date.valueOf(endsOn)).query(Delegations::map).optional().ifPresent(d -> {
                    throw new IllegalArgumentException(deputy.displayName() + " is already deputy for "
                            + serviceName(serviceId) + " from " + UK.format(d.startsOn()) + " to "
                            + UK.format(d.endsOn()) + ": change the dates, or end that delegation first");
                });
    }

    private String serviceName(long serviceId) {
        return jdbc.sql("select name from service where id = :s").param("s", serviceId).query(String.class).single();
    }

    private static final java.time.format.DateTimeFormatter UK = java.time.format.DateTimeFormatter
            .ofPattern("d MMM yyyy", java.util.Locale.UK);

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
        close(d, today, by, null, AccountWay.SCREEN);
        return find(id);
    }

    /**
     * The director in post when these deputies were named has left it (replaced, moved, the role taken away,
     * disabled): the deputies they covered, under way or to come, end now as if ended by hand, saying why. The new
     * director never chose them. Someone named while the post was empty is nobody's, and stays.
     */
    @Transactional
    public List<Delegation> endNamedFor(long serviceId, String director, String reason, String by, AccountWay way) {
        LocalDate today = LocalDate.now(clock);
        List<Delegation> covering = namedFor(serviceId, director);
        covering.forEach(d -> close(d, today, by, reason, way));
        return covering;
    }

    /** The deputies under way or to come who cover this director of the service (see endNamedFor). */
    public List<Delegation> namedFor(long serviceId, String director) {
        return jdbc.sql("""
                select * from delegation where service_id = :s and named_for = :d and not withdrawn and ends_on >= :on
                order by starts_on, id""").param("s", serviceId).param("d", director)
                .param("on", Date.valueOf(LocalDate.now(clock))).query(Delegations::map).list();
    }

    /**
     * The deputies covering the director, by name, for the question asked before they leave the post: each with the
     * steps they claimed under a period under way, which are let go with them.
     */
    public List<WorkTaken.Deputy> deputiesCovering(long serviceId, String director) {
        List<Delegation> covering = namedFor(serviceId, director);
        List<String> deputies = covering.stream().map(Delegation::deputy).distinct().toList();
        LocalDate today = LocalDate.now(clock);
        Set<String> underWay = covering.stream().filter(d -> d.state(today) == DelegationState.CURRENT)
                .map(Delegation::deputy).collect(Collectors.toSet());
        return deputies.isEmpty() ? List.of() : people.findAll(deputies).stream().map(p -> new WorkTaken.Deputy(
                p.displayName(), underWay.contains(p.username()) ? claims.getObject().held(serviceId, p.username())
                        : List.of())).toList();
    }

    /**
     * Each deputy covering the director, said as the questions asked before they leave the post say it: who, for
     * which service, named for whom (WorkTaken.deputyEnds).
     */
    public List<String> endingWith(long serviceId, Person director) {
        List<WorkTaken.Deputy> deputies = deputiesCovering(serviceId, director.username());
        String service = deputies.isEmpty() ? "" : serviceName(serviceId);
        return deputies.stream().map(deputy -> WorkTaken.deputyEnds(deputy, service, director.displayName()))
                .toList();
    }

    /**
     * The person may no longer be a deputy ({@code before} as they were: disabled, or given a role a deputy may not
     * hold): the delegations they hold, under way or to come, end now as if ended by hand, saying why, and the steps
     * they claimed are let go. Enabled again months later, they are nobody's deputy until named again.
     */
    void endHeldBy(Person before, String by, AccountWay way) {
        if (!DelegationRules.mayBeDeputy(before)) {
            return; // nothing to read for the many a people file names who may be no deputy
        }
        Person now = people.find(before.username()).orElseThrow();
        LocalDate today = LocalDate.now(clock);
        DelegationRules.whyNoLonger(before, now, DelegationRules::whyNotADeputy, "a deputy").ifPresent(why ->
                heldBy(before.username(), today).forEach(d -> close(d, today, by, why, way)));
    }

    /**
     * The delegations endHeldBy would end were the person {@code was} to become {@code now}, in the words of the
     * question asked before (WorkTaken.ownCoverEnds), each with the steps claimed under a period under way.
     */
    List<String> endingHeldBy(Person was, Person now) {
        if (DelegationRules.whyNoLonger(was, now, DelegationRules::whyNotADeputy, "a deputy").isEmpty()) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        return heldBy(was.username(), today).stream().map(d -> WorkTaken.ownCoverEnds(serviceName(d.serviceId()),
                d.endsOn(), d.state(today) == DelegationState.CURRENT
                        ? claims.getObject().held(d.serviceId(), was.username()) : List.of())).toList();
    }

    /** One under way stops at the end of yesterday; one that starts today or later is withdrawn. */
    private void close(Delegation d, LocalDate today, String by, String reason, AccountWay way) {
        closeRow(jdbc, clock, d, today, by, reason, way);
        events.publishEvent(new DeputyEnded(d.serviceId(), d.deputy(), by, reason));
    }

    /** Ends the row of a deputy or a cover (see close), saying who ended it, why and by which way in. */
    static void closeRow(JdbcClient jdbc, Clock clock, Delegation d, LocalDate today, String by, String reason,
            AccountWay way) {
        boolean running = d.state(today) == DelegationState.CURRENT && d.startsOn().isBefore(today);
        jdbc.sql("update delegation set ends_on = :to, withdrawn = :withdrawn, ended_by = :by, ended_at = :at,"
                        + " end_reason = :why, ended_way = :way where id = :id")
                .param("to", Date.valueOf(running ? today.minusDays(1) : d.endsOn())).param("withdrawn", !running)
                .param("by", by).param("at", java.sql.Timestamp.from(clock.instant())).param("why", reason)
                .param("way", way.name()).param("id", d.id()).update();
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
        List<String> named = jdbc.sql("select distinct deputy from delegation where service_id = :s and" + ACTIVE)
                .param("s", serviceId).param("on", Date.valueOf(on)).query(String.class).list();
        // the people read at once, not one by one (the list is read each time a return's task is made)
        return people.findAll(named).stream().filter(DelegationRules::mayBeDeputy).map(Person::username).toList();
    }

    /**
     * The deputies on the day of each of these services, as {@link #activeDeputies(long, LocalDate)} names them for
     * one, ordered by username; two statements however many services (a chase of hundreds reads them at once).
     */
    public Map<Long, List<Person>> activeDeputies(Collection<Long> serviceIds, LocalDate on) {
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

    public List<Long> servicesDeputisedBy(String username, LocalDate on) {
        if (people.find(username).filter(DelegationRules::mayBeDeputy).isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select distinct service_id from delegation where deputy = :u and" + OF_A_SERVICE + ACTIVE)
                .param("u", username).param("on", Date.valueOf(on)).query(Long.class).list();
    }

    /** The services each of these people deputises for on the day, in one statement (whoever claimed an inbox's steps). */
    public Map<String, Set<Long>> servicesDeputisedBy(Collection<Person> people, LocalDate on) {
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

    /**
     * Why a deputy, named for today or later, may not be given the roles of {@code after}: they could no longer act,
     * and the director would have a deputy on paper only. Empty when they may (or are no deputy).
     */
    public java.util.Optional<String> whyNotStillADeputy(Person before, Person after) {
        return DelegationRules.whyNotADeputy(after).filter(why -> DelegationRules.whyNotADeputy(before).isEmpty()
                        && !heldBy(before.username(), LocalDate.now(clock)).isEmpty())
                .map(why -> DelegationRules.stillADeputy(before, why));
    }

    /** Delegations to this person that are under way or still to come on the day. */
    public List<Delegation> heldBy(String username, LocalDate on) {
        return jdbc.sql("select * from delegation where deputy = :u and" + OF_A_SERVICE
                        + " not withdrawn and ends_on >= :on order by starts_on, id")
                .param("u", username).param("on", Date.valueOf(on)).query(Delegations::map).list();
    }

    /**
     * This deputy's latest delegation for the service if it ran out by date: its last day is gone and nobody ended or
     * withdrew it, so nothing let go of the steps they claimed under it (see DeputyEnded.ranOut).
     */
    public java.util.Optional<Delegation> ranOut(long serviceId, String deputy, LocalDate today) {
        return jdbc.sql("""
                select * from delegation where service_id = :s and deputy = :d and not withdrawn and starts_on < :on
                order by ends_on desc, id desc limit 1""").param("s", serviceId).param("d", deputy)
                .param("on", Date.valueOf(today)).query(Delegations::map).optional()
                .filter(d -> d.endsOn().isBefore(today) && d.endedBy() == null);
    }

    public List<Delegation> forService(long serviceId) {
        return jdbc.sql("select * from delegation where service_id = :s order by starts_on desc, id desc")
                .param("s", serviceId).query(Delegations::map).list();
    }

    /** Each of these services' delegations, as {@link #forService(long)} lists them; one statement however many. */
    public Map<Long, List<Delegation>> forServices(Collection<Long> serviceIds) {
        if (serviceIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("select * from delegation where service_id in (:s) order by starts_on desc, id desc")
                .param("s", serviceIds).query(Delegations::map).list().stream()
                .collect(java.util.stream.Collectors.groupingBy(Delegation::serviceId));
    }

    public Delegation find(long id) {
        // a strategic director's cover is a delegation too, ended by its own rules (Covers), never as a deputy
        return jdbc.sql("select * from delegation where id = :id and service_id is not null").param("id", id)
                .query(Delegations::map).optional()
                .orElseThrow(() -> new IllegalArgumentException("No deputy's delegation " + id));
    }

    private void requireMayDelegate(long serviceId, String by) {
        if (!mayDelegate(serviceId, by)) {
            throw new NotAllowedException("Only the service's director or an administrator may name or end the"
                    + " service's deputies");
        }
    }

    static Delegation map(ResultSet rs, int row) throws SQLException {
        var endedAt = rs.getTimestamp("ended_at");
        return new Delegation(rs.getLong("id"), rs.getLong("service_id"), rs.getString("deputy"),
                rs.getDate("starts_on").toLocalDate(), rs.getDate("ends_on").toLocalDate(),
                rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(), rs.getString("ended_by"),
                endedAt == null ? null : endedAt.toInstant(), rs.getBoolean("withdrawn"), rs.getString("named_for"),
                rs.getString("end_reason"));
    }
}
