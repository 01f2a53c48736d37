package uk.quarterlyreturns.returns;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.quarterlyreturns.base.NotAllowedException;
import uk.quarterlyreturns.cycle.Cycle;
import uk.quarterlyreturns.cycle.CycleRepository;
import uk.quarterlyreturns.people.PeopleService;
import uk.quarterlyreturns.people.Person;

/**
 * A strategic director countersigns a signed-off (or accepted) return of their directorate, once per sign-off,
 * with an optional comment, until the quarter's report is published. It is an assurance, not a step: nothing
 * waits for it. Sent back or reopened and signed off again, the return needs a new countersignature; the earlier
 * one stays on record. Who may is {@link ReturnPermissions#canCountersign}.
 */
@Service
public class Countersigning {

    public static final int COMMENT_LIMIT = 2000;
    /** The kind of the trail entry a countersignature leaves. */
    public static final String TRAIL_KIND = "COUNTERSIGNED";

    private static final Set<ReturnStatus> SIGNED = EnumSet.of(ReturnStatus.SIGNED_OFF, ReturnStatus.ACCEPTED);
    private static final String SELECT = """
            select c.id, c.return_id, c.countersigned_by, coalesce(u.display_name, c.countersigned_by) as by_name,
                   c.countersigned_at, c.comment,
                   (r.status in ('SIGNED_OFF', 'ACCEPTED') and c.sign_off_event = (select max(e.id) from return_event e
                    where e.return_id = c.return_id and e.kind = 'STATUS' and e.new_value = 'SIGNED_OFF')) as standing
            from countersignature c join service_return r on r.id = c.return_id
                 left join app_user u on u.username = c.countersigned_by""";

    private final ReturnRepository returns;
    private final ReturnPermissions permissions;
    private final StrategicDirectorReach strategicDirectors;
    private final ReturnTrail trail;
    private final CycleRepository cycles;
    private final PeopleService people;
    private final JdbcClient jdbc;
    private final Clock clock;

    Countersigning(ReturnRepository returns, ReturnPermissions permissions, StrategicDirectorReach strategicDirectors,
            ReturnTrail trail, CycleRepository cycles, PeopleService people, JdbcClient jdbc, Clock clock) {
        this.returns = returns;
        this.permissions = permissions;
        this.strategicDirectors = strategicDirectors;
        this.trail = trail;
        this.cycles = cycles;
        this.people = people;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Countersigns the return's latest sign-off; refused if the person may not, or it cannot be now. */
    @Transactional
    public Countersignature countersign(long returnId, String user, String comment) {
        return countersign(returnId, user, comment, null);
    }

    /**
     * The same, refused when the return was signed off again since {@code shownSignOff}, the sign-off the page showed
     * (null: not checked): a page left open must not countersign a sign-off its reader never saw.
     */
    @Transactional
    public Countersignature countersign(long returnId, String user, String comment, Instant shownSignOff) {
        ServiceReturn r = returns.lock(returnId); // a second tab waits here, then finds it countersigned
        permissions.requireCountersign(user, r);
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        if (text != null && text.length() > COMMENT_LIMIT) {
            throw new IllegalArgumentException("A countersignature comment is at most " + COMMENT_LIMIT
                    + " characters; this one has " + text.length() + ". Shorten it and try again.");
        }
        whyNotNow(r).ifPresent(why -> {
            throw new IllegalStateException(why);
        });
        if (shownSignOff != null && !shownSignOff.equals(r.signedOffAt())) {
            throw new IllegalStateException("the return was signed off again since this page showed it: open it"
                    + " again and look at what was signed off before you countersign");
        }
        Instant at = clock.instant();
        long id = jdbc.sql("""
                insert into countersignature (return_id, sign_off_event, countersigned_by, countersigned_at, comment)
                values (:r, :e, :by, :at, :comment) returning id""")
                .param("r", returnId).param("e", latestSignOff(returnId).orElseThrow()).param("by", user)
                .param("at", Timestamp.from(at)).param("comment", text).query(Long.class).single();
        trail.record(returnId, user, TRAIL_KIND, null, null, r.status().name(), text);
        return find(id).orElseThrow();
    }

    /** Why the person may not countersign the return now, in words for the page, or empty if they may. */
    public Optional<String> whyNot(String user, ServiceReturn r) {
        try {
            permissions.requireCountersign(user, r);
        } catch (NotAllowedException e) {
            return Optional.of(e.getMessage());
        }
        return whyNotNow(r);
    }

    /** Every countersignature of the return, oldest first; at most the last one stands. */
    public List<Countersignature> forReturn(long returnId) {
        return jdbc.sql(SELECT + " where c.return_id = :r order by c.countersigned_at, c.id").param("r", returnId)
                .query(this::map).list();
    }

    public Optional<Countersignature> standing(long returnId) {
        return forReturn(returnId).stream().filter(Countersignature::standing).findFirst();
    }

    /** The countersignatures that stand on the cycle's returns, by return id. */
    public Map<Long, Countersignature> standingInCycle(long cycleId) {
        return jdbc.sql(SELECT + " where r.cycle_id = :c").param("c", cycleId).query(this::map).list().stream()
                .filter(Countersignature::standing)
                .collect(Collectors.toMap(Countersignature::returnId, Function.identity()));
    }

    /**
     * The signed-off and accepted returns of the person's directorate in every cycle whose report has not been
     * published (a correction after publication does not open its other returns again): what a strategic director
     * may countersign, or has.
     */
    public List<ServiceReturn> signedOffInDirectorate(String user) {
        Person p = people.find(user).orElseThrow(() -> new NotAllowedException("Unknown user " + user));
        return cycles.all().stream().filter(c -> !cycles.publishedOnce(c)).flatMap(c -> {
            Set<Long> theirs = strategicDirectors.directoratesAnsweredBy(p, c.yearId());
            return theirs.isEmpty() ? Stream.empty() : returns.forCycle(c.id()).stream()
                    .filter(r -> theirs.contains(r.directorateId()) && SIGNED.contains(r.status()));
        }).toList();
    }

    private Optional<String> whyNotNow(ServiceReturn r) {
        if (!SIGNED.contains(r.status()) || latestSignOff(r.id()).isEmpty()) {
            return Optional.of(r.serviceName() + "'s return is " + r.status().label().toLowerCase()
                    + ": it can be countersigned once its director has signed it off");
        }
        Cycle cycle = cycles.find(r.cycleId()).orElseThrow();
        if (cycles.publishedOnce(cycle)) {
            return Optional.of("The " + cycle.shortName() + " report has been published, so its returns can no"
                    + " longer be countersigned");
        }
        return standing(r.id()).map(c -> r.serviceName() + "'s return is already countersigned, by " + c.byName()
                + ": once for each sign-off");
    }

    private Optional<Long> latestSignOff(long returnId) {
        return jdbc.sql("""
                select id from return_event where return_id = :r and kind = 'STATUS' and new_value = 'SIGNED_OFF'
                order by id desc limit 1""")
                .param("r", returnId).query(Long.class).optional();
    }

    private Optional<Countersignature> find(long id) {
        return jdbc.sql(SELECT + " where c.id = :id").param("id", id).query(this::map).optional();
    }

    private Countersignature map(ResultSet rs, int n) throws SQLException {
        return new Countersignature(rs.getLong("id"), rs.getLong("return_id"), rs.getString("countersigned_by"),
                rs.getString("by_name"), rs.getTimestamp("countersigned_at").toInstant(), rs.getString("comment"),
                rs.getBoolean("standing"));
    }
}
