package uk.quarterlyreturns.base.mail.templates;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import uk.quarterlyreturns.base.calendar.LondonTime;

/** Realistic models for Quarter 2 2017/18, shaped like the Kirklees corporate performance report's returns. */
final class MailExamples {

    static final String SERVICE = "Economy, Regeneration and Culture";
    static final String DIRECTORATE = "Economy and Infrastructure";
    static final String DIRECTOR = "Sam Patel";
    static final String STRATEGIC_DIRECTOR = "Chris Holt";
    static final String CHIEF_EXECUTIVE = "Alex Morgan";
    static final String PERFORMANCE_OFFICER = "Jo O'Neill";
    static final String QUARTER = "Quarter 2 (July to September) 2017/18";
    static final String SHORT_QUARTER = "Q2 2017/18";
    static final ZonedDateTime DEADLINE = ZonedDateTime.of(2017, 10, 20, 17, 0, 0, 0, LondonTime.ZONE);
    static final String DEADLINE_WORDS = "Friday 20 October 2017, 17:00";
    static final String RETURN_LINK = "https://returns.example.gov.uk/returns/2017-18/q2/economy-regeneration-culture";
    static final String REPORT_TITLE = "Quarter 2 Corporate Performance Report 2017/18";
    static final String REPORT_LINK = "https://returns.example.gov.uk/reports/2017-18/q2";
    static final String SUMMARY = "54% on track, 25% off track, 16% at risk, 5% missing";

    private MailExamples() {
    }

    static final ReturnMail.Challenge CHALLENGE = new ReturnMail.Challenge("KI 433",
            "Visits to museums and galleries", PERFORMANCE_OFFICER, "Visits doubled on Q1: were the gallery's reopening"
            + " days counted twice?", null);
    static final ReturnMail.Challenge ANSWERED = new ReturnMail.Challenge(CHALLENGE.itemCode(), CHALLENGE.itemTitle(),
            PERFORMANCE_OFFICER, CHALLENGE.question(), "No: the summer exhibition drew 4,000 more visitors.");

    /** What the caller knows about the return at the moment each kind of email goes out. */
    static ReturnMail returnMail(MailKind kind) {
        ReturnMailBuilder mail = ReturnMail.builder()
                .recipientName(DIRECTOR)
                .serviceName(SERVICE)
                .directorateName(DIRECTORATE)
                .directorName(DIRECTOR)
                .quarterName(QUARTER)
                .deadline(DEADLINE)
                .link(RETURN_LINK)
                .measuresDue(12)
                .actionsDue(4);
        return switch (kind) {
            case RETURN_ISSUED -> mail.closesIn("closes in 14 days").build();
            case REMINDER -> mail.closesIn("closes in 2 days").itemsOutstanding(7).remindersSent(1).build();
            case OVERDUE -> mail.closesIn("1 day overdue").itemsOutstanding(5).remindersSent(2)
                    .nextEscalation(STRATEGIC_DIRECTOR).build();
            case ESCALATION_STRATEGIC -> mail.recipientName(STRATEGIC_DIRECTOR).closesIn("5 days overdue")
                    .itemsOutstanding(5).remindersSent(3).nextEscalation(CHIEF_EXECUTIVE).build();
            case ESCALATION_CHIEF_EXECUTIVE -> mail.recipientName(CHIEF_EXECUTIVE).closesIn("10 days overdue")
                    .itemsOutstanding(4).remindersSent(4).strategicDirectorName(STRATEGIC_DIRECTOR).build();
            case CHASE -> mail.closesIn("3 days overdue").itemsOutstanding(5).senderName(PERFORMANCE_OFFICER)
                    .comment("Could you let me have the ERC009 status today? The report goes to Cabinet on "
                            + "21 November.").build();
            case SENT_BACK -> mail.closesIn("closes in 2 days").senderName(PERFORMANCE_OFFICER)
                    .comment("KI 433 is Red but has no reasons for performance. Please add them and the actions "
                            + "planned to address issues.").build();
            case AWAITING_SIGN_OFF -> mail.closesIn("closes in 2 days").senderName("Priya Shah").build();
            case DEADLINE_EXTENDED -> mail.closesIn("closes in 5 days").senderName(PERFORMANCE_OFFICER)
                    .comment("The national system publishes the data on the 25th.").build();
            case DEADLINE_CHANGED -> mail.closesIn("closes in 2 days").senderName(PERFORMANCE_OFFICER)
                    .comment("The national system published the data early after all.").build();
            case READY_FOR_CHECK -> mail.recipientName(PERFORMANCE_OFFICER).closesIn("was in on time")
                    .senderName(DIRECTOR).signedOffAt(DEADLINE.minusDays(1))
                    .comment("ERC009 slipped: the contractor went into administration in September.")
                    .earlierChallenges(List.of("KI 433 Visits to museums and galleries")).build();
            case RETURN_REOPENED -> mail.deadline(null).senderName(PERFORMANCE_OFFICER).afterPublication(true)
                    .comment("KI 433 counted visits after the quarter end: please recount them.").build();
            case CHALLENGED -> mail.closesIn("was in on time").senderName(PERFORMANCE_OFFICER).challenge(CHALLENGE)
                    .build();
            case CHALLENGE_ANSWERED -> mail.recipientName(PERFORMANCE_OFFICER).closesIn("was in on time")
                    .senderName(DIRECTOR).challenge(ANSWERED).build();
            default -> throw new IllegalArgumentException(kind + " is not about a return");
        };
    }

    static ReportMail reportMail(MailKind kind) {
        return switch (kind) {
            case REPORT_FOR_APPROVAL -> new ReportMail(CHIEF_EXECUTIVE, REPORT_TITLE, SHORT_QUARTER, 1, SUMMARY, null, null,
                    REPORT_LINK);
            case REPORT_RETURNED -> new ReportMail("Performance team", REPORT_TITLE, SHORT_QUARTER, 1, SUMMARY, null,
                    "Please say more about the compliance risk: 16% unreported is too high.", REPORT_LINK);
            case REPORT_PUBLISHED -> new ReportMail("Cllr Taylor", REPORT_TITLE, SHORT_QUARTER, 1, SUMMARY, null, null,
                    REPORT_LINK);
            case REPORT_NOBODY_APPROVES -> new ReportMail(PERFORMANCE_OFFICER, REPORT_TITLE, SHORT_QUARTER, 1, SUMMARY,
                    null, "Nobody can approve it yet: " + CHIEF_EXECUTIVE + ", the only chief executive, had a hand in"
                    + " it, and nobody checks their own work.", REPORT_LINK);
            default -> throw new IllegalArgumentException(kind + " is not about the report");
        };
    }

    static final String USERNAME = "dir.economy";
    static final String ADMINISTRATOR = "Ada Admin";
    static final String CONTACT = "performance@kirklees.example.gov.uk";
    static final String SIGN_IN_LINK = "https://returns.example.gov.uk/login";
    static final String RESET_LINK = "https://returns.example.gov.uk/reset-password/abc";
    static final ZonedDateTime CHANGED = ZonedDateTime.of(2017, 10, 18, 9, 30, 0, 0, LondonTime.ZONE);
    static final String CHANGED_WORDS = "Wednesday 18 October 2017, 09:30";

    static AccountMail accountMail(MailKind kind) {
        return switch (kind) {
            case ACCOUNT_PASSWORD_RESET -> new AccountMail(DIRECTOR, USERNAME, CHANGED, ADMINISTRATOR, null, null, null,
                    CONTACT, SIGN_IN_LINK);
            case ACCOUNT_PASSWORD_CHANGED -> new AccountMail(DIRECTOR, USERNAME, CHANGED, null, "under My settings",
                    null, null, CONTACT, SIGN_IN_LINK);
            case ACCOUNT_EMAIL_CHANGED -> new AccountMail(DIRECTOR, USERNAME, CHANGED, ADMINISTRATOR, null,
                    "sam.patel@kirklees.example.gov.uk", "s.patel@kirklees.example.gov.uk", CONTACT, SIGN_IN_LINK);
            case ACCOUNT_RESET_LINK -> new AccountMail(DIRECTOR, USERNAME, CHANGED, null, null, null, null, CONTACT,
                    RESET_LINK);
            default -> throw new IllegalArgumentException(kind + " is not about an account");
        };
    }

    static final String COMPLIANCE_LINK = "https://returns.example.gov.uk/compliance";
    static final String REFUSAL = "These services owe a Q2 return but have no service director, so nobody could sign"
            + " it off: Economy, Regeneration and Culture. Name a director (or a deputy) for each, then open the"
            + " cycle.";

    static OpeningMail openingMail() {
        return new OpeningMail(PERFORMANCE_OFFICER, QUARTER, REFUSAL, CHANGED, true, COMPLIANCE_LINK);
    }

    static final StoppedStepsMail.Step STOPPED_STEP = new StoppedStepsMail.Step("Compiling the report", CHANGED,
            "ERROR: could not extend file: No space left on device");
    static final String STOPPED_STEP_WORDS = "Compiling the report: last failed " + CHANGED_WORDS
            + ": ERROR: could not extend file: No space left on device";

    static StoppedStepsMail stoppedStepsMail() {
        return new StoppedStepsMail(PERFORMANCE_OFFICER, QUARTER, List.of(STOPPED_STEP,
                new StoppedStepsMail.Step("The notice to Housing", CHANGED, "the outbox is full")), COMPLIANCE_LINK);
    }

    static DigestMail digest() {
        return new DigestMail(DIRECTOR, LocalDate.of(2017, 10, 18), List.of(
                DigestItem.of(MailKind.REMINDER, returnMail(MailKind.REMINDER)),
                DigestItem.of(MailKind.AWAITING_SIGN_OFF, ReturnMail.builder().serviceName("Housing Services")
                        .quarterName(QUARTER).deadline(DEADLINE).closesIn("closes in 2 days")
                        .link("https://returns.example.gov.uk/returns/2017-18/q2/housing").build()),
                DigestItem.of(MailKind.REPORT_PUBLISHED, reportMail(MailKind.REPORT_PUBLISHED))));
    }
}
