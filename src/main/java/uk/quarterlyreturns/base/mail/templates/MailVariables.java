package uk.quarterlyreturns.base.mail.templates;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the templates can print, worked out once in Java: dates already in London time, counts already in words.
 * Values are plain strings, numbers, lists and maps, because the templates read them by name only
 * (see {@link MailExpressions}). Text a person typed is passed through untouched; the HTML templates escape it.
 */
final class MailVariables {

    /** Enough to act on from a phone; the return itself lists the rest. */
    static final int EMPTY_ITEMS_SHOWN = 10;

    private MailVariables() {
    }

    static Map<String, Object> forReturn(String subject, ReturnMail mail) {
        Map<String, Object> v = common(subject, mail.recipientName());
        v.put("serviceName", mail.serviceName());
        v.put("directorateName", blankToNull(mail.directorateName()));
        v.put("directorName", blankToNull(mail.directorName()));
        v.put("quarterName", mail.quarterName());
        v.put("returnName", MailWords.returnName(mail.serviceName(), mail.quarterName()));
        v.put("deadline", deadline(mail.deadline(), mail.closesIn()));
        v.put("link", mail.link().strip());
        v.put("askedFor", MailWords.askedFor(mail.measuresDue(), mail.actionsDue()));
        List<String> emptyItems = MailWords.firstOf(mail.emptyItems(), EMPTY_ITEMS_SHOWN);
        v.put("outstanding", MailWords.outstanding(mail.itemsOutstanding(), !emptyItems.isEmpty()));
        v.put("emptyItems", emptyItems);
        v.put("hasEmptyItems", !emptyItems.isEmpty());
        v.put("remindersSent", remindersSent(mail.remindersSent()));
        v.put("comment", blankToNull(mail.comment()));
        v.put("senderName", blankToNull(mail.senderName()));
        v.put("strategicDirectorName", blankToNull(mail.strategicDirectorName()));
        v.put("nextEscalation", blankToNull(mail.nextEscalation()));
        // "If it stays overdue, ..." or, when the next escalation's time is known, "If it is still overdue on ..."
        v.put("stillOverdue", mail.nextEscalationAt() == null ? "stays overdue"
                : "is still overdue on " + MailDates.dateAndTime(mail.nextEscalationAt()));
        v.put("afterPublication", mail.afterPublication());
        v.put("toPerformanceTeam", mail.toPerformanceTeam());
        v.put("reopenedFor", blankToNull(mail.reopenedFor()));
        v.put("sentBackFor", blankToNull(mail.sentBackFor()));
        v.put("signedOffAt", mail.signedOffAt() == null ? null : MailDates.dateAndTime(mail.signedOffAt()));
        List<String> challenged = MailWords.firstOf(mail.earlierChallenges(), EMPTY_ITEMS_SHOWN);
        v.put("earlierChallenges", challenged);
        v.put("hasEarlierChallenges", !challenged.isEmpty());
        ReturnMail.Challenge challenge = mail.challenge();
        if (challenge != null) {
            v.put("itemCode", MailWords.oneLine(challenge.itemCode()));
            v.put("challengedItem", MailWords.oneLine(MailWords.isBlank(challenge.itemTitle()) ? challenge.itemCode()
                    : challenge.itemCode() + " " + challenge.itemTitle()));
            v.put("askedBy", blankToNull(challenge.askedBy()));
            v.put("question", challenge.question());
            v.put("answer", blankToNull(challenge.answer()));
            List<Map<String, Object>> alsoAsked = new ArrayList<>();
            for (ReturnMail.Asked asked : challenge.alsoAsked()) {
                Map<String, Object> line = new HashMap<>();
                line.put("askedBy", blankToNull(asked.askedBy()));
                line.put("question", asked.question());
                alsoAsked.add(line);
            }
            v.put("alsoAsked", alsoAsked);
        }
        return v;
    }

    static Map<String, Object> forReport(String subject, ReportMail mail) {
        Map<String, Object> v = common(subject, mail.recipientName());
        v.put("title", mail.title());
        v.put("version", mail.version());
        v.put("previousVersion", mail.version() - 1);
        v.put("summary", blankToNull(mail.summary()));
        // A first edition has nothing to compare with, so any change note is left out.
        v.put("changeNote", mail.version() > 1 ? blankToNull(mail.changeNote()) : null);
        v.put("comment", blankToNull(mail.comment()));
        v.put("link", mail.link().strip());
        v.put("revisionOf", mail.returnedAt() == null ? null : MailDates.date(mail.returnedAt()));
        return v;
    }

    static Map<String, Object> forAccount(String subject, AccountMail mail) {
        Map<String, Object> v = common(subject, mail.recipientName());
        v.put("username", MailWords.oneLine(mail.username()));
        v.put("when", MailDates.dateAndTime(mail.when()));
        v.put("changedBy", blankToNull(mail.changedBy()));
        v.put("how", blankToNull(mail.how()));
        v.put("oldEmail", blankToNull(mail.oldEmail()));
        v.put("newEmail", blankToNull(mail.newEmail()));
        v.put("contact", mail.contact().strip());
        v.put("link", mail.link().strip());
        return v;
    }

    static Map<String, Object> forOpening(String subject, OpeningMail mail) {
        Map<String, Object> v = common(subject, mail.recipientName());
        v.put("quarterName", mail.quarterName());
        v.put("reason", mail.reason());
        v.put("triedAt", MailDates.dateAndTime(mail.triedAt()));
        v.put("whatNow", mail.stoppedTrying()
                ? "It is no longer tried automatically. Once this is put right, open the cycle from the compliance"
                        + " page with \"Open a cycle…\"."
                : "It is tried again every hour for a week, and opens once this is put right; you can also open it"
                        + " yourself from the compliance page with \"Open a cycle…\".");
        v.put("link", mail.link().strip());
        return v;
    }

    static Map<String, Object> forStopped(String subject, StoppedStepsMail mail) {
        Map<String, Object> v = common(subject, mail.recipientName());
        v.put("quarterName", mail.quarterName());
        v.put("steps", mail.steps().stream().map(s -> MailWords.oneLine(s.words() + ": last failed "
                + MailDates.dateAndTime(s.failedAt()) + ": " + s.failure())).toList());
        v.put("link", mail.link().strip());
        return v;
    }

    static Map<String, Object> forDigest(String subject, DigestMail digest) {
        Map<String, Object> v = common(subject, digest.recipientName());
        v.put("day", MailDates.date(digest.day()));
        v.put("updates", MailWords.count(digest.items().size(), "update", "updates"));
        List<Map<String, Object>> items = new ArrayList<>();
        for (DigestItem item : digest.items()) {
            Map<String, Object> line = new HashMap<>();
            line.put("number", items.size() + 1);
            line.put("subject", MailWords.oneLine(item.subject()));
            line.put("serviceName", blankToNull(item.serviceName()));
            line.put("quarterName", blankToNull(item.quarterName()));
            line.put("deadline", deadline(item.deadline(), item.closesIn()));
            line.put("link", item.link().strip());
            line.put("happenedAt", item.happenedAt() == null ? null : MailDates.dateAndTime(item.happenedAt()));
            line.put("message", blankToNull(item.message()));
            items.add(line);
        }
        v.put("items", items);
        return v;
    }

    private static Map<String, Object> common(String subject, String recipientName) {
        Map<String, Object> v = new HashMap<>();
        v.put("subject", subject);
        v.put("greeting", MailWords.greeting(recipientName));
        return v;
    }

    /**
     * "Friday 20 October 2017, 17:00 (closes in 2 days)", the same in every email and digest; the closes-in words
     * alone when the date is not known; null when there is no deadline to show.
     */
    private static String deadline(ZonedDateTime deadline, String closesIn) {
        String state = MailWords.isBlank(closesIn) ? null : MailWords.oneLine(closesIn);
        if (deadline == null) {
            return state;
        }
        String when = MailDates.dateAndTime(deadline);
        return state == null ? when : when + " (" + state + ")";
    }

    private static String remindersSent(Integer count) {
        if (count == null) {
            return null;
        }
        return count == 0 ? "none" : String.valueOf(count);
    }

    private static String blankToNull(String words) {
        return MailWords.isBlank(words) ? null : words;
    }
}
