package uk.quarterlyreturns.chasing;

import java.time.ZonedDateTime;
import uk.quarterlyreturns.base.calendar.LondonTime;
import uk.quarterlyreturns.base.mail.templates.MailKind;
import uk.quarterlyreturns.cycle.Cycle;
import uk.quarterlyreturns.returns.ServiceReturn;

/** How a return's mail and the daily digest name its quarter, say how it stands against its deadline, and link it. */
final class ReturnMailWords {

    private ReturnMailWords() {
    }

    /**
     * Where a mail about the return leads: the quality check's grid for the team's check and for an answer to their
     * challenge, else the return (where the service answers a challenge).
     */
    static String page(MailKind kind, long returnId) {
        return "/returns/" + returnId + (kind == MailKind.READY_FOR_CHECK || kind == MailKind.CHALLENGE_ANSWERED
                ? "/check" : "");
    }

    /**
     * How the return stands against its deadline: "closes in 2 days", "3 days overdue" while it is not in; once in,
     * whether it was in on time, as the compliance page says it ("was in on time, then sent back"): a return in on
     * time and sent back after the deadline is not overdue.
     */
    static String deadlineWords(ServiceReturn r, ZonedDateTime deadline, ZonedDateTime now) {
        if (!r.isIn()) {
            return LondonTime.closesIn(now, deadline);
        }
        String in = ServiceReturn.onTime(r.firstSubmittedAt(), deadline.toInstant()) ? "was in on time" : "was in late";
        return switch (r.status()) {
            case SENT_BACK -> in + ", then sent back";
            case REOPENED -> in + ", then reopened";
            default -> in;
        };
    }

    static String quarterName(Cycle cycle) {
        String[] months = {"April to June", "July to September", "October to December", "January to March"};
        return "Quarter " + cycle.quarter() + " (" + months[cycle.quarter() - 1] + ") "
                + cycle.yearLabel().replace('-', '/');
    }
}
