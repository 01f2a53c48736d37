package uk.quarterlyreturns.returns;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.quarterlyreturns.base.mail.MailOutbox;
import uk.quarterlyreturns.base.mail.templates.MailKind;

/**
 * How many reminders and escalations a return has had: the one definition behind the compliance screen and
 * API, the returns API, the report's compliance statement and the escalation emails.
 * <ul>
 * <li><b>reminders</b>: the scheduled reminders and the chases by hand;</li>
 * <li><b>escalations</b>: the overdue notice and the escalations to the strategic director and the chief
 * executive.</li>
 * <li><b>last chased</b>: when the latest of those went; other mails about a return (its issue notice, sent back,
 * awaiting sign-off) are no chase.</li>
 * </ul>
 * A scheduled step counts once however many people it went to (a retried step records nothing twice); each
 * chase by hand counts once: its recipients' rows share the moment it was sent. A chase that reached nobody, its
 * every message left out of the daily digest it waited for, does not count.
 */
@Component
public class ChaseCounts {

    public static final List<MailKind> REMINDERS = List.of(MailKind.REMINDER, MailKind.CHASE);
    public static final List<MailKind> ESCALATIONS = List.of(MailKind.OVERDUE, MailKind.ESCALATION_STRATEGIC,
            MailKind.ESCALATION_CHIEF_EXECUTIVE);

    /**
     * One chase: a scheduled step by its name, a chase by hand by the moment it was sent; a step sent before the
     * return was withdrawn and issued again is another chase than its new plan's step of the same name.
     */
    private static final String ONE_CHASE = "case when c.kind = 'CHASE' then c.step || '@' || c.sent_at"
            + " when c.id <= r.chases_after then c.step || '#before' else c.step end";

    /**
     * A chase record whose message was left out, of the daily digest it was held for or at its delivery (the return
     * came in first, its deadline moved later, its recipient moved or was disabled), was never sent: it is no chase.
     */
    private static final String SENT = sent("c");

    private static final String COUNTS = """
            select c.return_id,
                count(distinct case when c.kind in (:reminders) and %2$s then %1$s end) as reminders,
                count(distinct case when c.kind in (:escalations) and %2$s then %1$s end) as escalations,
                max(case when (c.kind in (:reminders) or c.kind in (:escalations)) and %2$s then c.sent_at end)
                    as last_chased
            from chase c join service_return r on r.id = c.return_id""".formatted(ONE_CHASE, SENT);

    /**
     * The condition that a chase record (of this alias) was sent, not left out (of its digest, or at its delivery):
     * the records anything lists beside these counts are the ones they count.
     */
    public static String sent(String chase) {
        return "not exists (select 1 from outbox_message m where m.id = %s.outbox_message_id and %s)"
                .formatted(chase, MailOutbox.leftOut("m"));
    }

    /** @param lastChased null when the return has not been chased */
    public record Counts(int reminders, int escalations, Instant lastChased) {
        public static final Counts NONE = new Counts(0, 0, null);
    }

    private final JdbcClient jdbc;

    ChaseCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Counts forReturn(long returnId) {
        return kinds(jdbc.sql(COUNTS + " where c.return_id = :r group by c.return_id").param("r", returnId))
                .values().stream().findFirst().orElse(Counts.NONE);
    }

    /** Every return of the cycle that has been chased at all, by its id. */
    public Map<Long, Counts> forCycle(long cycleId) {
        return kinds(jdbc.sql(COUNTS + " where r.cycle_id = :c"
                + " group by c.return_id").param("c", cycleId));
    }

    private static Map<Long, Counts> kinds(JdbcClient.StatementSpec sql) {
        return sql.param("reminders", names(REMINDERS)).param("escalations", names(ESCALATIONS))
                .query((rs, n) -> Map.entry(rs.getLong("return_id"),
                        new Counts(rs.getInt("reminders"), rs.getInt("escalations"),
                                rs.getTimestamp("last_chased") == null ? null
                                        : rs.getTimestamp("last_chased").toInstant())))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static List<String> names(List<MailKind> kinds) {
        return kinds.stream().map(MailKind::name).toList();
    }
}
