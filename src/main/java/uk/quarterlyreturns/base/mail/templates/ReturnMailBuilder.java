package uk.quarterlyreturns.base.mail.templates;

import java.time.ZonedDateTime;
import java.util.List;

/** Builds a {@link ReturnMail} field by field; see that record for what each field means. */
public final class ReturnMailBuilder {

    private String recipientName;
    private String serviceName;
    private String directorateName;
    private String directorName;
    private String quarterName;
    private ZonedDateTime deadline;
    private String closesIn;
    private String link;
    private Integer measuresDue;
    private Integer actionsDue;
    private Integer itemsOutstanding;
    private Integer remindersSent;
    private String comment;
    private String senderName;
    private String strategicDirectorName;
    private String nextEscalation;
    private boolean afterPublication;
    private List<String> emptyItems;
    private ZonedDateTime nextEscalationAt;
    private boolean toPerformanceTeam;
    private String reopenedFor;
    private String sentBackFor;
    private ZonedDateTime signedOffAt;
    private List<String> earlierChallenges;
    private ReturnMail.Challenge challenge;

    ReturnMailBuilder() {
    }

    public ReturnMailBuilder recipientName(String value) { recipientName = value; return this; }

    public ReturnMailBuilder serviceName(String value) { serviceName = value; return this; }

    public ReturnMailBuilder directorateName(String value) { directorateName = value; return this; }

    public ReturnMailBuilder directorName(String value) { directorName = value; return this; }

    public ReturnMailBuilder quarterName(String value) { quarterName = value; return this; }

    public ReturnMailBuilder deadline(ZonedDateTime value) { deadline = value; return this; }

    public ReturnMailBuilder closesIn(String value) { closesIn = value; return this; }

    public ReturnMailBuilder link(String value) { link = value; return this; }

    public ReturnMailBuilder measuresDue(Integer value) { measuresDue = value; return this; }

    public ReturnMailBuilder actionsDue(Integer value) { actionsDue = value; return this; }

    public ReturnMailBuilder itemsOutstanding(Integer value) { itemsOutstanding = value; return this; }

    public ReturnMailBuilder remindersSent(Integer value) { remindersSent = value; return this; }

    public ReturnMailBuilder comment(String value) { comment = value; return this; }

    public ReturnMailBuilder senderName(String value) { senderName = value; return this; }

    public ReturnMailBuilder strategicDirectorName(String value) { strategicDirectorName = value; return this; }

    public ReturnMailBuilder nextEscalation(String value) { nextEscalation = value; return this; }

    public ReturnMailBuilder afterPublication(boolean value) { afterPublication = value; return this; }

    public ReturnMailBuilder emptyItems(List<String> value) { emptyItems = value; return this; }

    public ReturnMailBuilder nextEscalationAt(ZonedDateTime value) { nextEscalationAt = value; return this; }

    public ReturnMailBuilder toPerformanceTeam(boolean value) { toPerformanceTeam = value; return this; }

    public ReturnMailBuilder reopenedFor(String value) { reopenedFor = value; return this; }

    public ReturnMailBuilder sentBackFor(String value) { sentBackFor = value; return this; }

    public ReturnMailBuilder signedOffAt(ZonedDateTime value) { signedOffAt = value; return this; }

    public ReturnMailBuilder earlierChallenges(List<String> value) { earlierChallenges = value; return this; }

    public ReturnMailBuilder challenge(ReturnMail.Challenge value) { challenge = value; return this; }

    public ReturnMail build() {
        return new ReturnMail(recipientName, serviceName, directorateName, directorName, quarterName, deadline,
                closesIn, link, measuresDue, actionsDue, itemsOutstanding, remindersSent, comment, senderName,
                strategicDirectorName, nextEscalation, afterPublication, emptyItems, nextEscalationAt,
                toPerformanceTeam, reopenedFor, sentBackFor, signedOffAt, earlierChallenges, challenge);
    }
}
