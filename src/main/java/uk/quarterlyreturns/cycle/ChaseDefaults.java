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
import uk.quarterlyreturns.framework.SavedMeanwhileException;
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

    /** The defaults as a page reads them, in one go: the schedule, and its last change (null: the built-in one). */
    public record Reading(ChasePolicy policy, Change change) {
    }

    /** Over the row read and locked. */
    private static final String SAVE = """
            update chase_defaults set reminder_days = :days, reminder_time = :time, grace_working_days = :grace,
                second_escalation_working_days = :second, changed_by = :by, changed_at = :at where id = 1""";

    /** The first schedule stored; where one was stored since the built-in schedule was read, nothing. */
    private static final String SAVE_FIRST = """
            insert into chase_defaults (id, reminder_days, reminder_time, grace_working_days,
                                        second_escalation_working_days, changed_by, changed_at)
            values (1, :days, :time, :grace, :second, :by, :at) on conflict (id) do nothing""";

    private final JdbcClient jdbc;
    private final PersonRepository people;
    private final Clock clock;

    ChaseDefaults(JdbcClient jdbc, PersonRepository people, Clock clock) {
        this.jdbc = jdbc;
        this.people = people;
        this.clock = clock;
    }

    /** The schedule and its last change, read together: what a page saves over. */
    public Reading read() {
        return read("");
    }

    public ChasePolicy current() {
        return read().policy();
    }

    public Optional<Change> lastChange() {
        return Optional.ofNullable(read().change());
    }

    /**
     * Saves the defaults over those the page read, and only over those: a page read before a colleague saved or
     * restored them would otherwise overwrite their schedule unseen.
     *
     * @param read the defaults as the page read them
     * @throws SavedMeanwhileException when the stored defaults are no longer those read; nothing is saved
     */
    @Transactional
    public void save(ChasePolicy policy, String by, Reading read) {
        requireAdmin(by);
        // compared with the row locked, so that two saves from the same reading cannot both pass; with no row to
        // lock, the insert finds one stored meanwhile and does nothing
        Reading now = read(" for update");
        boolean saved = now.equals(read) && jdbc.sql(now.change() == null ? SAVE_FIRST : SAVE)
                .param("days", policy.reminderDaysText()).param("time", Time.valueOf(policy.reminderTime()))
                .param("grace", policy.graceWorkingDays()).param("second", policy.secondEscalationWorkingDays())
                .param("by", by).param("at", Timestamp.from(clock.instant())).update() == 1;
        if (!saved) {
            Optional<Change> stored = lastChange();
            throw new SavedMeanwhileException("The reminder schedule", stored.map(Change::by).orElse(null),
                    stored.map(Change::at).orElse(null));
        }
    }

    private Reading read(String lock) {
        return jdbc.sql("select * from chase_defaults where id = 1" + lock)
                .query((rs, n) -> new Reading(ChasePolicy.parse(rs.getString("reminder_days"),
                        rs.getTime("reminder_time").toLocalTime(), rs.getInt("grace_working_days"),
                        rs.getInt("second_escalation_working_days")),
                        new Change(rs.getString("changed_by"), rs.getTimestamp("changed_at").toInstant())))
                .optional().orElse(new Reading(ChasePolicy.DEFAULT, null));
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
