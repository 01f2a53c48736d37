package uk.quarterlyreturns.cycle;

import java.sql.Time;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.quarterlyreturns.base.NotAllowedException;
import uk.quarterlyreturns.people.PersonRepository;
import uk.quarterlyreturns.base.security.Role;

/**
 * The reminder schedule a new cycle starts from, whether the performance team or the timer opens it.
 * Set by an administrator; until then the built-in {@link ChasePolicy#DEFAULT}. A cycle keeps the
 * schedule it was opened with, so changing these leaves open cycles as they are.
 */
@Service
public class ChaseDefaults {

    /** Who last changed the defaults, and when. */
    public record Change(String by, Instant at) {
    }

    private final JdbcClient jdbc;
    private final PersonRepository people;
    private final Clock clock;

    ChaseDefaults(JdbcClient jdbc, PersonRepository people, Clock clock) {
        this.jdbc = jdbc;
        this.people = people;
        this.clock = clock;
    }

    public ChasePolicy current() {
        return jdbc.sql("select * from chase_defaults where id = 1")
                .query((rs, n) -> ChasePolicy.parse(rs.getString("reminder_days"),
                        rs.getTime("reminder_time").toLocalTime(), rs.getInt("grace_working_days"),
                        rs.getInt("second_escalation_working_days")))
                .optional().orElse(ChasePolicy.DEFAULT);
    }

    public Optional<Change> lastChange() {
        return jdbc.sql("select changed_by, changed_at from chase_defaults where id = 1")
                .query((rs, n) -> new Change(rs.getString("changed_by"), rs.getTimestamp("changed_at").toInstant()))
                .optional();
    }

    @Transactional
    public void save(ChasePolicy policy, String by) {
        requireAdmin(by);
        jdbc.sql("""
                insert into chase_defaults (id, reminder_days, reminder_time, grace_working_days,
                                            second_escalation_working_days, changed_by, changed_at)
                values (1, :days, :time, :grace, :second, :by, :at)
                on conflict (id) do update set reminder_days = excluded.reminder_days,
                    reminder_time = excluded.reminder_time, grace_working_days = excluded.grace_working_days,
                    second_escalation_working_days = excluded.second_escalation_working_days,
                    changed_by = excluded.changed_by, changed_at = excluded.changed_at""")
                .param("days", policy.reminderDaysText()).param("time", Time.valueOf(policy.reminderTime()))
                .param("grace", policy.graceWorkingDays()).param("second", policy.secondEscalationWorkingDays())
                .param("by", by).param("at", Timestamp.from(clock.instant())).update();
    }

    /** Back to the built-in schedule. */
    @Transactional
    public void restoreBuiltIn(String by) {
        requireAdmin(by);
        jdbc.sql("delete from chase_defaults").update();
    }

    private void requireAdmin(String by) {
        if (!people.activeWith(by, Role.ADMIN)) {
            throw new NotAllowedException("Only an administrator may change the reminder schedule defaults");
        }
    }
}
