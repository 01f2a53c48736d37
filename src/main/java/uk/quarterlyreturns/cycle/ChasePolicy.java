package uk.quarterlyreturns.cycle;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * When a return is chased: reminders so many calendar days before its deadline at a London time of day;
 * after the deadline, so many working days' grace before the directorate's strategic director is told,
 * then so many more before the chief executive is.
 *
 * <p>Reminder days are kept largest first (the order they go out), so "2, 7" and "7, 2" are the same
 * policy. A reminder of 0 days goes out on the deadline's own day if its time is before the deadline.
 */
public record ChasePolicy(List<Integer> reminderDaysBefore, LocalTime reminderTime, int graceWorkingDays,
                          int secondEscalationWorkingDays) {

    public static final int MOST_DAYS = 60;

    public static final ChasePolicy DEFAULT = new ChasePolicy(List.of(7, 2), LocalTime.of(9, 0), 5, 5);

    public ChasePolicy {
        if (reminderDaysBefore == null) {
            throw new IllegalArgumentException("Reminder days are needed (none at all means no reminders)");
        }
        if (reminderTime == null) {
            throw new IllegalArgumentException("A reminder time is needed");
        }
        Set<Integer> seen = new HashSet<>();
        for (Integer days : reminderDaysBefore) {
            if (days == null) {
                throw new IllegalArgumentException("A reminder day is blank");
            }
            if (days < 0) {
                throw new IllegalArgumentException("Reminder days cannot be negative: " + days);
            }
            if (days > MOST_DAYS) {
                throw new IllegalArgumentException(
                        "Reminders can go out at most " + MOST_DAYS + " days before the deadline: " + days);
            }
            if (!seen.add(days)) {
                throw new IllegalArgumentException("Reminder days must not repeat: " + days + " is given twice");
            }
        }
        reminderDaysBefore = seen.stream().sorted(Comparator.reverseOrder()).toList();
        checkWorkingDays("The grace period before the strategic director is told", graceWorkingDays);
        checkWorkingDays("The further period before the chief executive is told", secondEscalationWorkingDays);
    }

    /**
     * A policy as typed on the settings screen, reminder days as in "7, 2" (commas or spaces between them;
     * blank for no reminders).
     */
    public static ChasePolicy parse(String reminderDays, LocalTime reminderTime, int graceWorkingDays,
                                    int secondEscalationWorkingDays) {
        return new ChasePolicy(parseReminderDays(reminderDays), reminderTime, graceWorkingDays,
                secondEscalationWorkingDays);
    }

    public static List<Integer> parseReminderDays(String text) {
        List<Integer> days = new ArrayList<>();
        if (text == null) {
            return days;
        }
        for (String part : text.strip().split("[,\\s]+")) {
            if (part.isEmpty()) {
                continue;
            }
            try {
                days.add(Integer.parseInt(part));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("Reminder days must be whole numbers of days before the "
                        + "deadline, such as 7, 2: \"" + part + "\" is not");
            }
        }
        return days;
    }

    /** The reminder days as the settings screen shows them: "7, 2". */
    public String reminderDaysText() {
        return reminderDaysBefore.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    private static void checkWorkingDays(String what, int days) {
        if (days < 0 || days > MOST_DAYS) {
            throw new IllegalArgumentException(
                    what + " must be between 0 and " + MOST_DAYS + " working days: " + days);
        }
    }
}
