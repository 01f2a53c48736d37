package uk.quarterlyreturns.returns;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import uk.quarterlyreturns.framework.Rag;

/**
 * A return's history in the words its readers use: "Status", "Submitted", "Reminder 5 days before", not the codes
 * the trail is stored under. A kind or value it does not know is shown as stored.
 */
public final class TrailWords {

    private static final Map<String, String> WHAT = Map.ofEntries(Map.entry("VALUE", "Value"),
            Map.entry("NOTE", "Note"), Map.entry("RATIO", "Numerator/denominator"),
            Map.entry("REASONS", "Reasons for performance"), Map.entry("ACTIONS_PLANNED", "Actions planned"),
            Map.entry("QUERY_EXPLANATION", "Query explanation"), Map.entry("NOT_AVAILABLE", "Not available"),
            Map.entry(ReturnEditing.PROVISIONAL, "Provisional figure"),
            Map.entry(EarlierFigures.EARLIER_FIGURE, "Earlier provisional figure"),
            Map.entry(EarlierFigures.FINAL_IN_LATER_RETURN, "Figure made final in a later return"),
            Map.entry(EarlierFigures.WAITS_FOR_THIS_RETURN, "Later return's word on the figure waiting"),
            Map.entry("RAG_OVERRIDE", "RAG override"),
            Map.entry("OVERRIDE_JUSTIFICATION", "Justification for the override"),
            Map.entry("ACTION_STATUS", "Key action status"),
            Map.entry("ACTION_COMMENTARY", "Key action commentary"),
            Map.entry("ACTION_REASONS", "Key action reasons"),
            Map.entry("ACTION_ACTIONS_PLANNED", "Key action actions planned"),
            Map.entry("HIGHLIGHT_CURRENT_ISSUES", "Current issues"), Map.entry("HIGHLIGHT_IMPROVEMENTS", "Improvements"),
            Map.entry("HIGHLIGHT_NARRATIVE", "Head of service's narrative"), Map.entry("STATUS", "Status"),
            Map.entry("CHASE", "Mail"), Map.entry(Challenges.KIND, "Challenge"),
            Map.entry(Challenges.ANSWER, "Challenge answered"), Map.entry(TaskClaims.TAKEN_OVER, "Step taken over"),
            Map.entry(TaskClaims.CLAIMED, "Step claimed"), Map.entry(TaskClaims.RELEASED, "Step released"),
            Map.entry(Countersigning.TRAIL_KIND, "Countersigned"),
            Map.entry(HighlightReports.ASKED_KIND, "Highlight report requested"),
            Map.entry(ReturnTrail.MOVED_OUT, "Measure moved to another service"),
            Map.entry(ReturnTrail.KEY_ACTION_MOVED_OUT, "Key action moved to another service"),
            Map.entry(DeadlineExtension.TRAIL_KIND, "Deadline"),
            Map.entry(Evidence.ADDED, "Evidence added"), Map.entry(Evidence.REMOVED, "Evidence removed"));

    /** The mails about a return (the trail lists them as kind CHASE, by step). */
    private static final Map<String, String> CHASES = Map.ofEntries(Map.entry("ISSUED", "Return issued"),
            Map.entry("SUBMITTED", "Submitted, for sign-off"),
            Map.entry("SIGNED_OFF", "Signed off, for the quality check"), Map.entry("SENT_BACK", "Sent back"),
            Map.entry("REOPENED", "Reopened for correction"), Map.entry("MANUAL", "Chased by hand"),
            Map.entry(Challenges.KIND, "Challenge"),
            Map.entry(Challenges.ANSWER, "Challenge answered"),
            Map.entry("EXTENDED", "Deadline extended"), Map.entry("DEADLINE_CHANGED", "Deadline changed"),
            Map.entry("OVERDUE", "Overdue notice"),
            Map.entry("ESCALATION_STRATEGIC", "Escalation to the strategic director"),
            Map.entry("ESCALATION_CHIEF_EXECUTIVE", "Escalation to the chief executive"));

    /** Between a chase step's name and the extended deadline its plan ran to (see chasing.ChasePlan). */
    public static final String EXTENDED_STEP = "@";

    /** Between a chase step's name and the cycle's deadline its plan ran to once that was changed (chasing.ChasePlan). */
    public static final String CHANGED_STEP = "#";

    private TrailWords() {
    }

    public static String what(String kind) {
        return WHAT.getOrDefault(kind, kind);
    }

    /**
     * @param comment a mail's comment: why it was never sent, when it was left out of the daily digest it waited
     *                for ("Left out of the daily digest: the return was submitted before it went"); otherwise null
     */
    public static String item(String kind, String item, String comment) {
        String mail = item(kind, item);
        if (!"CHASE".equals(kind) || comment == null || comment.isEmpty()) {
            return mail;
        }
        // "Reminder 5 days before the deadline: left out of the daily digest, the return was submitted before it went"
        return mail + ": " + Character.toLowerCase(comment.charAt(0)) + comment.substring(1).replaceFirst(": ", ", ");
    }

    public static String item(String kind, String item) {
        if (!"CHASE".equals(kind) || item == null) {
            return item;
        }
        int extended = item.indexOf(EXTENDED_STEP);
        if (extended > 0) {
            return item(kind, item.substring(0, extended)) + " (extended deadline)";
        }
        int changed = item.indexOf(CHANGED_STEP);
        if (changed > 0) {
            return item(kind, item.substring(0, changed)) + " (changed deadline)";
        }
        if (item.startsWith("REMINDER_")) {
            String days = item.substring("REMINDER_".length());
            return "Reminder " + days + (days.equals("1") ? " day" : " days") + " before the deadline";
        }
        return CHASES.getOrDefault(item, item);
    }

    /** A mail's comment, why it was left out of a digest, is said with its item. */
    public static String comment(String kind, String comment) {
        return "CHASE".equals(kind) ? null : comment;
    }

    /** A status or a RAG by its label; anything else (a figure, a narrative, a name) as it is. */
    public static String value(String kind, String value) {
        if (value == null) {
            return null;
        }
        if ("STATUS".equals(kind)) {
            return label(ReturnStatus.values(), value).map(ReturnStatus::label).orElse(value);
        }
        if ("RAG_OVERRIDE".equals(kind) || "ACTION_STATUS".equals(kind)
                || ReturnTrail.KEY_ACTION_MOVED_OUT.equals(kind)) {
            return label(Rag.values(), value).map(Rag::label).orElse(value);
        }
        return value;
    }

    private static <E extends Enum<E>> Optional<E> label(E[] values, String name) {
        return Arrays.stream(values).filter(v -> v.name().equals(name)).findFirst();
    }
}
