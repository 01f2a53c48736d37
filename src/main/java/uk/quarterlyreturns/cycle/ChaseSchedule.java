package uk.quarterlyreturns.cycle;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import uk.quarterlyreturns.base.calendar.LondonTime;
import uk.quarterlyreturns.base.calendar.WorkingDays;

/**
 * Works out when a return is reminded and escalated, from its deadline and the chase policy. All dates are
 * taken on the London calendar and times are London wall-clock times, so British Summer Time is honoured.
 */
@Component
public final class ChaseSchedule {

    private final WorkingDays workingDays;
    private final ZoneId zone;

    @Autowired
    public ChaseSchedule(WorkingDays workingDays) {
        this(workingDays, LondonTime.ZONE);
    }

    public ChaseSchedule(WorkingDays workingDays, ZoneId zone) {
        this.workingDays = Objects.requireNonNull(workingDays, "workingDays");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /**
     * The whole chase for one deadline. A reminder goes out {@code daysBefore} calendar days before the day the
     * deadline closes (a deadline at midnight closes the day before) at the policy's time, moved earlier to a
     * working day; one that would be at or after the deadline is left out, and two that land together are sent
     * once (keeping the larger daysBefore). The grace periods count working days on from the day it closes.
     *
     * <p>The plan does not know the time now: reminders already past are still listed, and the caller
     * skips them, for instance with {@link Schedule#remindersStillToSend(Instant)}.
     */
    public Schedule plan(ZonedDateTime deadline, ChasePolicy policy) {
        ZonedDateTime local = deadline.withZoneSameInstant(zone);
        // the day the deadline closes: a midnight deadline closes the day before it, as LondonTime counts days
        LocalDate day = local.minusNanos(1).toLocalDate();
        long pastThatDay = local.toLocalDate().toEpochDay() - day.toEpochDay();
        Instant due = deadline.toInstant();
        List<Reminder> reminders = new ArrayList<>();
        for (int daysBefore : policy.reminderDaysBefore()) { // largest first, so the list runs in time order
            LocalDate sendOn = workingDays.workingDayOnOrBefore(day.minusDays(daysBefore));
            Instant at = at(sendOn, policy.reminderTime());
            boolean alreadySent = reminders.stream().anyMatch(r -> r.at().equals(at));
            if (at.isBefore(due) && !alreadySent) {
                reminders.add(new Reminder(daysBefore, at));
            }
        }
        LocalDate strategic = workingDays.plusWorkingDays(day, policy.graceWorkingDays());
        LocalDate chiefExecutive = workingDays.plusWorkingDays(strategic, policy.secondEscalationWorkingDays());
        LocalTime time = local.toLocalTime();
        return new Schedule(reminders, due, at(strategic.plusDays(pastThatDay), time),
                at(chiefExecutive.plusDays(pastThatDay), time));
    }

    private Instant at(LocalDate date, LocalTime time) {
        return ZonedDateTime.of(date, time, zone).toInstant();
    }

    /** One reminder: nominally {@code daysBefore} days before the deadline, sent {@code at}. */
    public record Reminder(int daysBefore, Instant at) {
    }

    /** A return's reminders in time order, when it becomes overdue and when it is escalated. */
    public record Schedule(List<Reminder> reminders, Instant overdueAt, Instant strategicEscalationAt,
                           Instant chiefExecutiveEscalationAt) {

        public Schedule {
            reminders = List.copyOf(reminders);
        }

        /** The reminders not yet due at {@code now}: a cycle opened late skips those already past. */
        public List<Reminder> remindersStillToSend(Instant now) {
            return reminders.stream().filter(r -> !r.at().isBefore(now)).toList();
        }
    }
}
