package uk.quarterlyreturns.people;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * How deputies' delegations end: by hand, or because the director they cover left the post, or because the deputy
 * may no longer be one. Each says who ended it, why and by which way in, and lets go of the steps the deputy claimed;
 * the questions asked before such a change say the same in advance.
 */
@Component
class DeputyEndings {

    private final JdbcClient jdbc;
    private final PersonRepository people;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final DeputyRecords records;
    /** Answered by the returns feature, which needs the deputies in turn: looked up when asked. */
    private final ObjectProvider<DeputyClaims> claims;

    DeputyEndings(JdbcClient jdbc, PersonRepository people, Clock clock, ApplicationEventPublisher events,
            DeputyRecords records, ObjectProvider<DeputyClaims> claims) {
        this.jdbc = jdbc;
        this.people = people;
        this.clock = clock;
        this.events = events;
        this.records = records;
        this.claims = claims;
    }

    /**
     * The director in post when these deputies were named has left it (replaced, moved, the role taken away,
     * disabled): the deputies they covered, under way or to come, end now as if ended by hand, saying why. The new
     * director never chose them. Someone named while the post was empty is nobody's, and stays.
     */
    @Transactional
    public List<Delegation> endNamedFor(long serviceId, String director, String reason, String by, AccountWay way) {
        LocalDate today = LocalDate.now(clock);
        List<Delegation> covering = records.namedFor(serviceId, director);
        covering.forEach(d -> close(d, today, by, reason, way));
        return covering;
    }

    /**
     * The deputies covering the director, by name, for the question asked before they leave the post: each with the
     * steps they claimed under a period under way, which are let go with them.
     */
    List<WorkTaken.Deputy> deputiesCovering(long serviceId, String director) {
        List<Delegation> covering = records.namedFor(serviceId, director);
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
    List<String> endingWith(long serviceId, Person director) {
        List<WorkTaken.Deputy> deputies = deputiesCovering(serviceId, director.username());
        String service = deputies.isEmpty() ? "" : records.serviceName(serviceId);
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
                records.heldBy(before.username(), today).forEach(d -> close(d, today, by, why, way)));
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
        return records.heldBy(was.username(), today).stream().map(d -> WorkTaken.ownCoverEnds(
                records.serviceName(d.serviceId()),
                d.endsOn(), d.state(today) == DelegationState.CURRENT
                        ? claims.getObject().held(d.serviceId(), was.username()) : List.of())).toList();
    }

    /** One under way stops at the end of yesterday; one that starts today or later is withdrawn. */
    void close(Delegation d, LocalDate today, String by, String reason, AccountWay way) {
        closeRow(jdbc, clock, d, today, by, reason, way);
        events.publishEvent(new DeputyEnded(d.serviceId(), d.deputy(), by, reason));
    }

    /** Ends the row of a deputy or a cover (see close), saying who ended it, why and by which way in. */
    static void closeRow(JdbcClient jdbc, Clock clock, Delegation d, LocalDate today, String by, String reason,
            AccountWay way) {
        boolean running = d.state(today) == DelegationState.CURRENT && d.startsOn().isBefore(today);
        // the period as named is kept for the account history; the end as it now stands is what is checked
        jdbc.sql("update delegation set named_ends_on = ends_on, ends_on = :to, withdrawn = :withdrawn, ended_by = :by,"
                        + " ended_at = :at, end_reason = :why, ended_way = :way where id = :id")
                .param("to", Date.valueOf(running ? today.minusDays(1) : d.endsOn())).param("withdrawn", !running)
                .param("by", by).param("at", java.sql.Timestamp.from(clock.instant())).param("why", reason)
                .param("way", way.name()).param("id", d.id()).update();
    }
}
