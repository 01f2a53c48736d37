package uk.quarterlyreturns.base.mail.templates;

import java.time.ZonedDateTime;
import java.util.List;

/**
 * What an email about one service's return for one quarter says. Fields an email does not use may be null;
 * {@link MailTemplates} refuses a model that lacks a field its kind needs rather than print "null".
 * {@link #builder()} names each field, which is easier to read than fifteen positional arguments.
 *
 * @param recipientName who the email greets, e.g. "Sam Patel"; null greets nobody by name
 * @param serviceName e.g. "Economy, Regeneration and Culture"; always needed
 * @param directorateName e.g. "Economy and Infrastructure"; shown in escalations when known
 * @param directorName the service director; needed by escalations
 * @param quarterName e.g. "Quarter 2 (July to September) 2017/18"; always needed
 * @param deadline when the return is due; shown in Europe/London time; needed except for SENT_BACK and
 *        AWAITING_SIGN_OFF
 * @param closesIn worked out by the caller, e.g. "closes in 2 days", "closes today" or "3 days overdue";
 *        needed wherever the deadline is
 * @param link absolute http(s) address of the return's task; always needed
 * @param measuresDue how many measures need a value this quarter; null when not known
 * @param actionsDue how many key actions need a status this quarter; null when not known
 * @param itemsOutstanding how many items are still empty; null when not known
 * @param remindersSent reminders sent so far; shown in escalations when known
 * @param comment what a person typed: the reason a return was sent back or reopened, or a chaser's personal message
 * @param senderName who chased, sent back or submitted the return; null when the system did
 * @param strategicDirectorName whom the escalation to the directorate's strategic director reached: the strategic
 *        director, or the performance team when there was none; needed by the chief executive escalation
 * @param nextEscalation whom the return will be escalated to if it stays overdue, e.g. "Chris Holt (strategic
 *        director)", or the performance team when there is nobody else; needed by the overdue notice and the
 *        escalation to the strategic director
 * @param afterPublication a reopened return whose quarter's report was already published: the correction will be
 *        published as the next version
 * @param emptyItems the items still empty, each as its code and title ("HF-1 Percentage of repairs completed on
 *        time"), listed under the count of {@code itemsOutstanding}; null or empty when not known
 * @param nextEscalationAt when {@code nextEscalation} is due, if the return stays overdue; null when not known or
 *        already past
 * @param toPerformanceTeam the recipient is in the performance team, not the service: the overdue notice then asks
 *        them to chase the service rather than to submit the return themselves
 * @param reopenedFor why an accepted return was reopened for correction, for a chase of it: what it waits for is the
 *        correction, not figures; null for a return not reopened
 * @param sentBackFor the comment a return was sent back with, for a chase of it: the rework it waits for; null for a
 *        return not sent back
 * @param signedOffAt when the return was signed off, for the performance team's "ready for your check"; null when not
 *        known
 * @param earlierChallenges the items (code and title) whose challenge on an earlier version, sent back or reopened
 *        since, the service never answered: the checker may want to see what became of it; null or empty when none
 * @param challenge the challenge a CHALLENGED or CHALLENGE_ANSWERED mail tells of; null for any other mail
 */
public record ReturnMail(String recipientName, String serviceName, String directorateName, String directorName,
        String quarterName, ZonedDateTime deadline, String closesIn, String link, Integer measuresDue,
        Integer actionsDue, Integer itemsOutstanding, Integer remindersSent, String comment, String senderName,
        String strategicDirectorName, String nextEscalation, boolean afterPublication, List<String> emptyItems,
        ZonedDateTime nextEscalationAt, boolean toPerformanceTeam, String reopenedFor,
        String sentBackFor, ZonedDateTime signedOffAt, List<String> earlierChallenges, Challenge challenge) {

    /**
     * The performance team's challenge on one item of the return in its quality check.
     *
     * @param itemCode  the measure's or key action's code, e.g. "HF-1"; needed
     * @param itemTitle its title in the return, e.g. "Percentage of repairs completed on time"; null when not known
     * @param askedBy   who challenged it, e.g. "Lucy Wade"; null when not known
     * @param question  what they asked, as typed; needed
     * @param answer    the service's answer, as typed; needed by CHALLENGE_ANSWERED, null before it
     * @param alsoAsked the item's other questions the answer answers, oldest first: two people may challenge one
     *                  item before the service answers; empty when it answers one
     */
    public record Challenge(String itemCode, String itemTitle, String askedBy, String question, String answer,
            List<Asked> alsoAsked) {

        public Challenge {
            alsoAsked = alsoAsked == null ? List.of() : List.copyOf(alsoAsked);
        }

        /** A challenge of one question, or the answer to one. */
        public Challenge(String itemCode, String itemTitle, String askedBy, String question, String answer) {
            this(itemCode, itemTitle, askedBy, question, answer, List.of());
        }
    }

    /**
     * A further question on the challenged item.
     *
     * @param askedBy  who asked it, e.g. "Carl Gone"; null when not known
     * @param question what they asked, as typed; needed
     */
    public record Asked(String askedBy, String question) {
    }

    public ReturnMail {
        emptyItems = emptyItems == null ? List.of() : List.copyOf(emptyItems);
        earlierChallenges = earlierChallenges == null ? List.of() : List.copyOf(earlierChallenges);
    }

    /** Starts an empty model; set the fields the email needs. */
    public static ReturnMailBuilder builder() {
        return new ReturnMailBuilder();
    }
}
