package uk.quarterlyreturns.returns;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import uk.quarterlyreturns.base.mail.MailOutbox;

/** The audit trail of a return: who did what, when, with old and new values and any comment. */
@Repository
public class ReturnTrail {

    public record Event(long id, long returnId, Instant at, String actor, String kind, String item, String oldValue,
            String newValue, String comment) {
    }

    /** An event of a quarter's trail, with the name of the service whose return it is. */
    public record ServiceEvent(String service, Event event) {
    }

    /**
     * The chases of the returns {@code returnsIn} names, as trail events: kind CHASE, item the chase step, new value
     * the recipient, comment why it was never sent when it was left out, of its digest or at its delivery (as the
     * outbox records it; null otherwise); automatic chases have the actor "system".
     */
    private static String chases(String returnsIn) {
        return """
                select c.id, c.return_id, c.sent_at, coalesce(c.sent_by, 'system'), 'CHASE', c.step, null, c.recipient,
                  case when %s then m.last_error end
                from chase c left join outbox_message m on m.id = c.outbox_message_id
                where c.return_id %s""".formatted(MailOutbox.leftOut("m"), returnsIn);
    }

    /** The comment of a figure already stored when its return was issued (fed before its cycle opened, say). */
    public static final String ALREADY_IN = "already in when the return was issued";

    /** The comment of a figure that came into the return with its measure, moved from another service. */
    public static final String MOVED_IN = "came with its measure, moved from another service";

    /** The kind of the entry of a measure moved out of the return, to another service, with its figure. */
    public static final String MOVED_OUT = "MOVED_OUT";

    /** The comment of a key action's status or words that came into the return with it, moved from another service. */
    public static final String KEY_ACTION_MOVED_IN = "came with its key action, moved from another service";

    /** The kind of the entry of a key action moved out of the return, to another service, with its status. */
    public static final String KEY_ACTION_MOVED_OUT = "ACTION_MOVED_OUT";

    /** How long after a person's save of a field their next save of it still belongs to the same entry. */
    static final Duration TYPING_SPELL = Duration.ofMinutes(10);

    /**
     * An entry typed back to what it was ({@link #recordEdit}): no change, so neither shown nor anyone's work, but
     * kept at the moment it was typed back, after which a page that showed the other value is out of date.
     */
    private static final String TYPED_BACK =
            "(kind in (:content) and comment is null and old_value is not distinct from new_value)";

    /** An earlier figure's revision left unapplied at an acceptance: a record, nobody's change (as changesContent). */
    private static final String NOT_APPLIED = "(kind = '" + EarlierFigures.EARLIER_FIGURE
            + "' and coalesce(comment, '') like '" + EarlierFigures.NOT_APPLIED + "%')";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;

    ReturnTrail(JdbcClient jdbc, Clock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * The moment a page reads the return from, to ask {@link #changedByOthersSince} later. A change stamps its entry
     * after it locks the return and is seen only once it commits, so a time taken from the clock alone can fall after
     * the stamp of a change not yet committed: the page misses it and the check passes it. The mark is taken holding
     * the return shared, in a transaction of its own: a change under way commits first (the page then shows it), and
     * one begun later locks the return after the mark and stamps a later time.
     */
    public Instant readMark(long returnId) {
        return ownTransaction.execute(tx -> {
            jdbc.sql("select id from service_return where id = :id for share").param("id", returnId)
                    .query(Long.class).optional();
            return clock.instant();
        });
    }

    public Event record(long returnId, String actor, String kind, String item, String oldValue, String newValue,
            String comment) {
        Instant at = clock.instant();
        long id = jdbc.sql("""
                insert into return_event (return_id, at, actor, kind, item, old_value, new_value, comment)
                values (:r, :at, :actor, :kind, :item, :old, :new, :comment) returning id""")
                .param("r", returnId).param("at", Timestamp.from(at)).param("actor", actor)
                .param("kind", kind).param("item", item).param("old", oldValue).param("new", newValue)
                .param("comment", comment).query(Long.class).single();
        return new Event(id, returnId, at, actor, kind, item, oldValue, newValue, comment);
    }

    /**
     * A field of the return's content changed from its form. Text is saved as it is typed, a pause at a time: a
     * save that carries on the same person's latest entry for the field (nothing else in the trail since, within
     * {@link #TYPING_SPELL}) moves that entry on, to this save's value and moment, instead of adding one. Typed
     * back to what it was, the entry stays as no change ({@link #TYPED_BACK}): the trail leaves it out, but a page
     * read while the other value was stored did not show what is stored now ({@link #changedByOthersSince}). Saves
     * lock the return first, so two never extend one entry at once.
     */
    void recordEdit(long returnId, String actor, String kind, String item, String oldValue, String newValue) {
        Event last = jdbc.sql("select * from return_event where return_id = :r order by at desc, id desc limit 1")
                .param("r", returnId).query(this::map).optional().orElse(null);
        Instant at = clock.instant();
        if (last == null || !last.actor().equals(actor) || !last.kind().equals(kind)
                || !Objects.equals(last.item(), item) || last.comment() != null
                || last.at().isBefore(at.minus(TYPING_SPELL))) {
            record(returnId, actor, kind, item, oldValue, newValue, null);
        } else {
            jdbc.sql("update return_event set new_value = :new, at = :at where id = :id").param("new", newValue)
                    .param("at", Timestamp.from(at)).param("id", last.id()).update();
        }
    }

    public void status(long returnId, String actor, ReturnStatus from, ReturnStatus to, String comment) {
        record(returnId, actor, "STATUS", null, from.name(), to.name(), comment);
    }

    /**
     * The latest step into this status in a trail (oldest first): who took the return there and when. Empty when the
     * trail does not hold one.
     */
    public static Optional<Event> latestStep(List<Event> trail, ReturnStatus to) {
        Event step = null;
        for (Event e : trail) {
            if ("STATUS".equals(e.kind()) && to.name().equals(e.newValue())) {
                step = e;
            }
        }
        return Optional.ofNullable(step);
    }

    /** The trail together with every chase of the return ({@link #chases}), in the order they happened. */
    public List<Event> history(long returnId) {
        return jdbc.sql("""
                select id, return_id, at, actor, kind, item, old_value, new_value, comment from return_event
                where return_id = :r and not """ + TYPED_BACK + """
                union all
                """ + chases("= :r") + " order by at, id").param("r", returnId)
                .param("content", ChangesSinceLastVersion.CONTENT).query(this::map).list();
    }

    /** Every return's trail and chases in a cycle, in the order they happened, each with its service. */
    public List<ServiceEvent> forCycle(long cycleId) {
        return jdbc.sql("""
                select s.name as service, e.* from (
                  select id, return_id, at, actor, kind, item, old_value, new_value, comment from return_event
                  where return_id in (select id from service_return where cycle_id = :c) and not """ + TYPED_BACK + """
                  union all
                """ + chases("in (select id from service_return where cycle_id = :c)") + """
                ) e join service_return r on r.id = e.return_id join service s on s.id = r.service_id
                order by e.at, s.name, e.id""").param("c", cycleId).param("content", ChangesSinceLastVersion.CONTENT)
                .query((rs, n) -> new ServiceEvent(rs.getString("service"), map(rs, n))).list();
    }

    /**
     * Whether the person had a hand in the return's contents at any time: changed any of its content (the same
     * kinds of change as a new version lists; the values feed, figures in it when it was issued, figures and key
     * action statuses moved in from another service and challenges are not the service's work, nor is a change typed
     * back or an earlier figure's revision not applied), started it, submitted it or signed it off.
     */
    public boolean workedOn(long returnId, String username) {
        return handIn(jdbc.sql("select exists (select 1 from return_event where return_id = :r and actor = :u and "
                + HAND_IN + ")")).param("r", returnId).param("u", username).query(Boolean.class).single();
    }

    /** An entry that is its actor's hand in the return ({@link #workedOn}); {@link #handIn} binds its parameters. */
    static final String HAND_IN = "((kind in (:content) and coalesce(comment, '') not in (:notTheirs) and not "
            + TYPED_BACK + " and not " + NOT_APPLIED + ") or (kind = 'STATUS' and new_value in ('DRAFT', 'SUBMITTED',"
            + " 'SIGNED_OFF')))";

    static JdbcClient.StatementSpec handIn(JdbcClient.StatementSpec sql) {
        return sql.param("content", ChangesSinceLastVersion.CONTENT).param("notTheirs", Stream.concat(
                FeedTrail.COMMENTS.stream(), Stream.of(ALREADY_IN, MOVED_IN, KEY_ACTION_MOVED_IN)).toList());
    }

    /**
     * The items of the return whose contents someone other than this person changed after this moment, in order:
     * a page read before then did not show those changes.
     */
    public List<String> changedByOthersSince(long returnId, Instant since, String user) {
        return jdbc.sql("""
                select item from return_event where return_id = :r and kind in (:content) and actor <> :u
                  and at > :since and not """ + NOT_APPLIED + """
                group by item order by min(at)""")
                .param("r", returnId).param("content", ChangesSinceLastVersion.CONTENT).param("u", user)
                .param("since", Timestamp.from(since)).query(String.class).list();
    }

    /** How many times each return of a cycle was submitted, by return id; a return never submitted is absent. */
    public Map<Long, Integer> submissionsInCycle(long cycleId) {
        return jdbc.sql("""
                select e.return_id, count(*) from return_event e join service_return r on r.id = e.return_id
                where r.cycle_id = :c and e.kind = 'STATUS' and e.new_value = 'SUBMITTED' group by e.return_id""")
                .param("c", cycleId).query((rs, n) -> Map.entry(rs.getLong(1), rs.getInt(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /**
     * Those of these entries that an entry of the given kind on the same return and item followed, in the trail's
     * order: read in one statement, however many returns they are of.
     */
    public Set<Long> followedBy(Collection<Long> entries, String kind) {
        if (entries.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.sql("""
                select e.id from return_event e where e.id in (:entries) and exists (
                  select 1 from return_event l where l.return_id = e.return_id and l.item = e.item
                    and l.kind = :kind and (l.at, l.id) > (e.at, e.id))
                """).param("entries", entries).param("kind", kind).query(Long.class).list());
    }

    public List<Event> forReturn(long returnId) {
        return jdbc.sql("select * from return_event where return_id = :r and not " + TYPED_BACK + " order by at, id")
                .param("r", returnId).param("content", ChangesSinceLastVersion.CONTENT).query(this::map).list();
    }

    private Event map(ResultSet rs, int n) throws SQLException {
        return new Event(rs.getLong("id"), rs.getLong("return_id"), rs.getTimestamp("at").toInstant(),
                rs.getString("actor"), rs.getString("kind"), rs.getString("item"), rs.getString("old_value"),
                rs.getString("new_value"), rs.getString("comment"));
    }
}
