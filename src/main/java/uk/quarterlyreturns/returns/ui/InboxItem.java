package uk.quarterlyreturns.returns.ui;

import java.time.Instant;
import java.util.Comparator;

/**
 * One task in a person's inbox, in their words.
 *
 * @param about    "Housing return" or "Corporate performance report"
 * @param service  the return's service, or empty for the report
 * @param closesIn "closes in 3 days", "2 days overdue", or empty without a due date
 * @param urgency  how the due date is coloured: OVERDUE, SOON (two days or less) or NONE
 * @param path     the screen that does the task
 * @param claimedBy the username of whoever claimed the task, or null
 * @param formerClaimant the name of a colleague who claimed the task but may no longer take it (a deputy whose period
 *                 ended, someone moved to another service or disabled), or null: this person may take it over
 * @param notYours why this person may not take the step though it is offered to them (the report's approval, when
 *                 they had a hand in the report), or null; they may still read it, and return it with comments
 */
public record InboxItem(String taskId, String task, String about, String quarter, String service, Instant due,
        String closesIn, Urgency urgency, String status, String path, String claimedBy, String formerClaimant,
        String notYours) {

    public enum Urgency { OVERDUE, SOON, NONE }

    /** Quarters in time order: as text, "Q1 2018/19" would come before "Q2 2017/18". */
    public static final Comparator<InboxItem> BY_QUARTER = Comparator.comparing(i -> yearFirst(i.quarter()),
            Comparator.nullsLast(Comparator.naturalOrder()));

    /** "Q2 2017/18" as "2017/18 Q2". */
    private static String yearFirst(String quarter) {
        int space = quarter == null ? -1 : quarter.indexOf(' ');
        return space < 0 ? quarter : quarter.substring(space + 1) + " " + quarter.substring(0, space);
    }
}
