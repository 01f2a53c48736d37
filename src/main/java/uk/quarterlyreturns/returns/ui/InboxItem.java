package uk.quarterlyreturns.returns.ui;

import java.time.Instant;

/**
 * One task in a person's inbox, in their words.
 *
 * @param about    "Housing return" or "Corporate performance report"
 * @param service  the return's service, or empty for the report
 * @param closesIn "closes in 3 days", "2 days overdue", or empty without a due date
 * @param urgency  how the due date is coloured: OVERDUE, SOON (two days or less) or NONE
 * @param path     the screen that does the task
 * @param claimedBy the username of whoever claimed the task, or null
 */
public record InboxItem(String taskId, String task, String about, String quarter, String service, Instant due,
        String closesIn, Urgency urgency, String status, String path, String claimedBy) {

    public enum Urgency { OVERDUE, SOON, NONE }
}
