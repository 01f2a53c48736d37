package uk.quarterlyreturns.base.mail.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.quarterlyreturns.base.mail.templates.MailExamples.*;

import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every email about a service's return says which return, by when, and where to act on it. */
class ReturnMailTemplatesTest {

    private static final Set<MailKind> CLOSES_IN_IN_SUBJECT = EnumSet.of(MailKind.REMINDER, MailKind.OVERDUE,
            MailKind.ESCALATION_STRATEGIC, MailKind.ESCALATION_CHIEF_EXECUTIVE, MailKind.CHASE);

    private final MailTemplates templates = new MailTemplates();

    @ParameterizedTest
    @EnumSource(value = MailKind.class, names = {"RETURN_ISSUED", "REMINDER", "OVERDUE", "ESCALATION_STRATEGIC",
            "ESCALATION_CHIEF_EXECUTIVE", "CHASE", "SENT_BACK", "AWAITING_SIGN_OFF"})
    void namesTheReturnItsDeadlineAndWhereToActOnIt(MailKind kind) {
        ReturnMail mail = returnMail(kind);
        RenderedMail rendered = templates.render(kind, mail);
        MailHtml html = MailHtml.parse(rendered.html());

        // Service and quarter first, then the kind: sorted by subject, an inbox keeps each service's mails together.
        assertThat(rendered.subject()).startsWith(SERVICE + "'s " + SHORT_QUARTER + " return").doesNotContain("\n");
        if (CLOSES_IN_IN_SUBJECT.contains(kind)) {
            assertThat(rendered.subject()).contains(mail.closesIn());
        }
        for (String shown : new String[] {QUARTER, SERVICE, DEADLINE_WORDS, mail.closesIn()}) {
            assertThat(rendered.text()).contains(shown);
            assertThat(html.bodyText()).contains(shown);
        }
        assertThat(rendered.text()).contains(RETURN_LINK).startsWith("Dear ").endsWith("Quarterly Returns\n");
        assertThat(html.root().getAttribute("lang")).isEqualTo("en-GB");
        assertThat(html.title()).isEqualTo(rendered.subject());
        assertThat(html.links()).singleElement().satisfies(link -> {
            assertThat(link.href()).isEqualTo(RETURN_LINK);
            assertThat(link.text()).endsWith(SERVICE + "'s " + SHORT_QUARTER + " return");
        });
    }

    /** The performance team's check: who signed the return off and when, their note, and unanswered challenges. */
    @Test
    void readyForCheckSaysWhoSignedItOffWhenTheirNoteAndWhatWasLeftUnanswered() {
        RenderedMail mail = templates.render(MailKind.READY_FOR_CHECK, returnMail(MailKind.READY_FOR_CHECK));

        assertThat(mail.subject()).isEqualTo(SERVICE + "'s Q2 2017/18 return: Ready for your check");
        for (String body : new String[] {mail.text(), MailHtml.parse(mail.html()).bodyText()}) {
            assertThat(body).contains(SERVICE + "'s Q2 2017/18 return. It is ready for your quality check.")
                    .contains(DIRECTOR + " has signed off").contains("Thursday 19 October 2017, 17:00")
                    .contains("ERC009 slipped: the contractor went into administration in September.")
                    .contains("KI 433 Visits to museums and galleries").contains(QUARTER);
        }
        assertThat(mail.text()).contains("Signed off by: " + DIRECTOR + "\nSigned off on: Thursday 19 October 2017,"
                + " 17:00\n").contains("Check the return: " + RETURN_LINK);
    }

    /** The service is told which item was challenged, by whom, the question, and that acceptance waits for them. */
    @Test
    void aChallengeNamesTheItemTheQuestionAndWhereToAnswerIt() {
        RenderedMail mail = templates.render(MailKind.CHALLENGED, returnMail(MailKind.CHALLENGED));

        assertThat(mail.subject()).isEqualTo(SERVICE + "'s Q2 2017/18 return: KI 433 challenged by "
                + PERFORMANCE_OFFICER + ", please answer");
        for (String body : new String[] {mail.text(), MailHtml.parse(mail.html()).bodyText()}) {
            assertThat(body).contains(PERFORMANCE_OFFICER + " has challenged KI 433 in " + SERVICE
                            + "'s Q2 2017/18 return, in the quality check.")
                    .contains("cannot be accepted until the service answers")
                    .contains("KI 433 Visits to museums and galleries").contains(CHALLENGE.question())
                    .contains(QUARTER);
        }
        assertThat(mail.text()).contains("Question from " + PERFORMANCE_OFFICER + ":\n\n" + CHALLENGE.question())
                .contains("Answer the challenge: " + RETURN_LINK);
        assertThat(MailHtml.parse(mail.html()).links()).singleElement()
                .satisfies(link -> assertThat(link.text()).isEqualTo("Answer the challenge on KI 433"));
    }

    /** Whoever challenged is told the answer beside their question, and what the check does next. */
    @Test
    void anAnswerGivesTheQuestionAndTheAnswer() {
        RenderedMail mail = templates.render(MailKind.CHALLENGE_ANSWERED, returnMail(MailKind.CHALLENGE_ANSWERED));

        assertThat(mail.subject()).isEqualTo(SERVICE + "'s Q2 2017/18 return: Challenge on KI 433 answered by "
                + DIRECTOR);
        assertThat(mail.text()).contains(DIRECTOR + " has answered the challenge on KI 433 in " + SERVICE)
                .contains("Question from " + PERFORMANCE_OFFICER + ":\n\n" + ANSWERED.question())
                .contains("Answer from " + DIRECTOR + ":\n\n" + ANSWERED.answer())
                .contains("Check the return: " + RETURN_LINK);
        assertThat(MailHtml.parse(mail.html()).bodyText()).contains(ANSWERED.question()).contains(ANSWERED.answer());
    }

    /** One answer to two people's questions on the item gives each question under who asked it. */
    @Test
    void anAnswerToTwoQuestionsGivesEachUnderWhoAskedIt() {
        String later = "Were the reopening days counted in Q1 as well?";
        RenderedMail mail = templates.render(MailKind.CHALLENGE_ANSWERED, ReturnMail.builder().serviceName(SERVICE)
                .quarterName(QUARTER).link(RETURN_LINK).senderName(DIRECTOR).challenge(new ReturnMail.Challenge(
                        ANSWERED.itemCode(), ANSWERED.itemTitle(), PERFORMANCE_OFFICER, ANSWERED.question(),
                        ANSWERED.answer(), List.of(new ReturnMail.Asked("Carl Gone", later)))).build());

        assertThat(mail.text()).contains("Question from " + PERFORMANCE_OFFICER + ":\n\n" + ANSWERED.question()
                + "\n\nQuestion from Carl Gone:\n\n" + later + "\n\nAnswer from " + DIRECTOR + ":\n\n"
                + ANSWERED.answer());
        assertThat(MailHtml.parse(mail.html()).bodyText()).containsSubsequence("Question from " + PERFORMANCE_OFFICER,
                ANSWERED.question(), "Question from Carl Gone", later, "Answer from " + DIRECTOR, ANSWERED.answer());
    }

    @Test
    void issuedReturnSaysWhatIsAsked() {
        RenderedMail mail = templates.render(MailKind.RETURN_ISSUED, returnMail(MailKind.RETURN_ISSUED));

        assertThat(mail.subject()).isEqualTo(SERVICE + "'s Q2 2017/18 return is open: due Friday 20 October 2017");
        for (String body : new String[] {mail.text(), MailHtml.parse(mail.html()).bodyText()}) {
            assertThat(body).contains("What we need: values for 12 measures and a status for 4 key actions")
                    .contains("A narrative is needed for anything Amber or worse")
                    .contains("closes in 14 days");
        }
    }

    @Test
    void reminderSaysHowManyItemsAreStillEmpty() {
        RenderedMail mail = templates.render(MailKind.REMINDER, returnMail(MailKind.REMINDER));

        assertThat(mail.subject()).isEqualTo(SERVICE + "'s Q2 2017/18 return: Reminder, closes in 2 days");
        assertThat(mail.text()).contains("7 items are still empty.");
        assertThat(MailHtml.parse(mail.html()).bodyText()).contains("7 items are still empty.");
    }

    /** Nobody at the service could be reminded: the performance team is, about the service's return, not "yours". */
    @Test
    void aReminderToThePerformanceTeamNamesTheServicesReturn() {
        RenderedMail mail = templates.render(MailKind.REMINDER, ReturnMail.builder().recipientName(PERFORMANCE_OFFICER)
                .serviceName(SERVICE).directorateName(DIRECTORATE).quarterName(QUARTER).deadline(DEADLINE)
                .link(RETURN_LINK).closesIn("closes in 2 days").comment("This reminder comes to the performance team"
                        + " because nobody in the service has an email address to receive it.")
                .toPerformanceTeam(true).build());

        for (String body : new String[] {mail.text(), MailHtml.parse(mail.html()).bodyText()}) {
            assertThat(body).contains("This is a reminder that " + SERVICE + "'s Q2 2017/18 return has not been"
                    + " submitted yet.").doesNotContain("your service");
        }
    }

    @Test
    void aMailAskingForWhatIsMissingListsTheEmptyItemsTheFirstTenThenHowManyMore() {
        java.util.List<String> empty = java.util.stream.IntStream.rangeClosed(1, 12)
                .mapToObj(i -> "KI " + i + " Visits to Bradley & District's parks").toList();
        for (MailKind kind : CLOSES_IN_IN_SUBJECT) {
            ReturnMail asked = returnMail(kind);
            ReturnMail mail = ReturnMail.builder().recipientName(asked.recipientName()).serviceName(SERVICE)
                    .directorName(DIRECTOR).quarterName(QUARTER).deadline(DEADLINE).closesIn(asked.closesIn())
                    .link(RETURN_LINK).itemsOutstanding(12).strategicDirectorName(STRATEGIC_DIRECTOR)
                    .nextEscalation(CHIEF_EXECUTIVE).emptyItems(empty).build();
            RenderedMail rendered = templates.render(kind, mail);

            assertThat(rendered.text()).as(kind.name()).contains("12 items are still empty:\n- KI 1 Visits to Bradley"
                    + " & District's parks\n").contains("- KI 10 ").contains("- and 2 more\n").doesNotContain("KI 11");
            MailHtml html = MailHtml.parse(rendered.html());
            assertThat(html.count("li")).as(kind.name()).isEqualTo(11);
            assertThat(html.bodyText()).contains("KI 10 Visits to Bradley & District's parks").contains("and 2 more");
        }
    }

    @Test
    void theFirstEscalationSaysWhenTheNextIsDueInLondonTime() {
        ReturnMail asked = returnMail(MailKind.ESCALATION_STRATEGIC);
        ReturnMail mail = ReturnMail.builder().recipientName(STRATEGIC_DIRECTOR).serviceName(SERVICE)
                .directorName(DIRECTOR).quarterName(QUARTER).deadline(DEADLINE).closesIn(asked.closesIn())
                .link(RETURN_LINK).nextEscalation(CHIEF_EXECUTIVE)
                .nextEscalationAt(java.time.ZonedDateTime.parse("2017-10-27T16:00:00Z")).build();
        RenderedMail rendered = templates.render(MailKind.ESCALATION_STRATEGIC, mail);

        String next = "If the return is still overdue on Friday 27 October 2017, 17:00, it will be escalated to "
                + CHIEF_EXECUTIVE + ".";
        assertThat(rendered.text()).contains(next);
        assertThat(MailHtml.parse(rendered.html()).bodyText()).contains(next);
    }

    @Test
    void overdueSaysHowLateAndWhatHappensNext() {
        RenderedMail mail = templates.render(MailKind.OVERDUE, returnMail(MailKind.OVERDUE));

        assertThat(mail.subject()).isEqualTo(SERVICE + "'s Q2 2017/18 return is 1 day overdue");
        assertThat(mail.text()).contains("Deadline: " + DEADLINE_WORDS + " (1 day overdue)")
                .contains("Service director: " + DIRECTOR)
                .contains("If it stays overdue, it will be escalated to " + STRATEGIC_DIRECTOR + ".");
    }

    /**
     * At the deadline itself the return "closed today": the subject said only that, which reads as too late to
     * submit, where the mail chases a return still owed.
     */
    @Test
    void anOverdueNoticeOnTheDeadlinesDaySaysItIsOverdue() {
        ReturnMail mail = overdue().closesIn("closed today").itemsOutstanding(5).remindersSent(2)
                .nextEscalation(STRATEGIC_DIRECTOR).build();
        assertThat(templates.render(MailKind.OVERDUE, mail).subject())
                .isEqualTo(SERVICE + "'s Q2 2017/18 return is overdue: it closed today");
    }

    /** With no reminder sent (none scheduled, or the cycle opened too late for one), none is said to have failed. */
    @Test
    void anEscalationWithNoReminderSentDoesNotSayRemindersFailed() {
        ReturnMail none = overdue().recipientName(STRATEGIC_DIRECTOR).closesIn("5 days overdue").itemsOutstanding(5)
                .remindersSent(0).nextEscalation(CHIEF_EXECUTIVE).build();
        RenderedMail mail = templates.render(MailKind.ESCALATION_STRATEGIC, none);
        for (String body : new String[] {mail.text(), MailHtml.parse(mail.html()).bodyText()}) {
            assertThat(body).contains("A performance return in your directorate is overdue. Please follow it up")
                    .contains("Reminders sent so far: none").doesNotContain("reminders have not brought it in");
        }
        RenderedMail three = templates.render(MailKind.ESCALATION_STRATEGIC, returnMail(MailKind.ESCALATION_STRATEGIC));
        assertThat(three.text()).contains("is overdue and reminders have not brought it in.");
        assertThat(MailHtml.parse(three.html()).bodyText()).contains("is overdue and reminders have not brought it in.");
    }

    private static ReturnMailBuilder overdue() {
        return ReturnMail.builder().recipientName(DIRECTOR).serviceName(SERVICE).directorateName(DIRECTORATE)
                .directorName(DIRECTOR).quarterName(QUARTER).deadline(DEADLINE).link(RETURN_LINK).measuresDue(12)
                .actionsDue(4);
    }

    @Test
    void strategicEscalationNamesTheServiceItsDirectorAndTheChasingSoFar() {
        RenderedMail mail = templates.render(MailKind.ESCALATION_STRATEGIC, returnMail(MailKind.ESCALATION_STRATEGIC));

        assertThat(mail.subject()).isEqualTo(SERVICE + "'s Q2 2017/18 return: Escalation, 5 days overdue");
        for (String body : new String[] {mail.text(), MailHtml.parse(mail.html()).bodyText()}) {
            assertThat(body).contains("Dear " + STRATEGIC_DIRECTOR + ",")
                    .contains("Directorate: " + DIRECTORATE)
                    .contains("Service director: " + DIRECTOR)
                    .contains("Reminders sent so far: 3")
                    .contains("5 days overdue")
                    .contains("If the return stays overdue, it will be escalated to " + CHIEF_EXECUTIVE + ".");
        }
    }

    @Test
    void chiefExecutiveEscalationNamesTheStrategicDirectorAlreadyTold() {
        RenderedMail mail = templates.render(MailKind.ESCALATION_CHIEF_EXECUTIVE,
                returnMail(MailKind.ESCALATION_CHIEF_EXECUTIVE));

        assertThat(mail.subject())
                .isEqualTo(SERVICE + "'s Q2 2017/18 return: Chief Executive escalation, 10 days overdue");
        for (String body : new String[] {mail.text(), MailHtml.parse(mail.html()).bodyText()}) {
            assertThat(body).contains("Dear " + CHIEF_EXECUTIVE)
                    .contains("Escalated before to: " + STRATEGIC_DIRECTOR)
                    .contains("Service director: " + DIRECTOR)
                    .contains("Reminders sent so far: 4");
        }
    }

    @Test
    void chaseCarriesTheSendersPersonalMessage() {
        ReturnMail chase = returnMail(MailKind.CHASE);
        RenderedMail mail = templates.render(MailKind.CHASE, chase);

        assertThat(mail.subject())
                .isEqualTo(SERVICE + "'s Q2 2017/18 return: Chase from Jo O'Neill, 3 days overdue");
        for (String body : new String[] {mail.text(), MailHtml.parse(mail.html()).bodyText()}) {
            assertThat(body).contains("Jo O'Neill from the performance team is chasing")
                    .contains("Message from Jo O'Neill:")
                    .contains(chase.comment());
        }
        assertThat(MailHtml.parse(mail.html()).count("blockquote")).isEqualTo(1);
    }

    @Test
    void sentBackReturnCarriesTheComment() {
        ReturnMail sentBack = returnMail(MailKind.SENT_BACK);
        RenderedMail mail = templates.render(MailKind.SENT_BACK, sentBack);

        assertThat(mail.subject()).isEqualTo(SERVICE + "'s Q2 2017/18 return has been sent back for changes");
        for (String body : new String[] {mail.text(), MailHtml.parse(mail.html()).bodyText()}) {
            assertThat(body).contains("Jo O'Neill has sent your service's performance return back for changes.")
                    .contains("Comment from Jo O'Neill:")
                    .contains(sentBack.comment())
                    .contains("submit the return again");
        }
    }

    @Test
    void reopenedAfterPublicationSaysSoWithTheReasonAndWhatToDo() {
        ReturnMail reopened = returnMail(MailKind.RETURN_REOPENED);
        RenderedMail mail = templates.render(MailKind.RETURN_REOPENED, reopened);

        assertThat(mail.subject()).isEqualTo(SERVICE
                + "'s Q2 2017/18 return: Correction needed, reopened after publication");
        for (String body : new String[] {mail.text(), MailHtml.parse(mail.html()).bodyText()}) {
            assertThat(body).contains("Jo O'Neill from the performance team has reopened your service's accepted"
                            + " performance return for correction.")
                    .contains("already been published")
                    .contains("Reason from Jo O'Neill:").contains(reopened.comment())
                    .contains("What to do: correct the return as the reason asks and submit it again")
                    .contains("published as the next version, with this reason as its change note")
                    .doesNotContain("sent back");
        }
        assertThat(MailHtml.parse(mail.html()).links()).singleElement()
                .satisfies(link -> assertThat(link.href()).isEqualTo(RETURN_LINK));
    }

    @Test
    void deadlineExtendedGivesTheNewDeadlineTheReasonAndWhatFollowsIt() {
        ReturnMail extended = returnMail(MailKind.DEADLINE_EXTENDED);
        RenderedMail mail = templates.render(MailKind.DEADLINE_EXTENDED, extended);

        assertThat(mail.subject()).startsWith(SERVICE + "'s Q2 2017/18 return: Deadline extended to ")
                .contains("2017");
        for (String body : new String[] {mail.text(), MailHtml.parse(mail.html()).bodyText()}) {
            assertThat(body).contains("Jo O'Neill from the performance team has agreed a later deadline")
                    .contains("New deadline: ").contains(extended.comment())
                    .contains("Reminders, the overdue notice and any escalation now follow the new deadline")
                    .contains("printed as Missing");
        }
    }

    @Test
    void reopenedBeforePublicationSaysNothingOfANextVersion() {
        ReturnMail reopened = ReturnMail.builder().serviceName(SERVICE).quarterName(QUARTER).link(RETURN_LINK)
                .comment("Please recount KI 433.").build();
        RenderedMail mail = templates.render(MailKind.RETURN_REOPENED, reopened);

        assertThat(mail.subject()).isEqualTo(SERVICE + "'s Q2 2017/18 return: Correction needed, reopened");
        assertThat(mail.text()).contains("Please recount KI 433.").contains("submit it again")
                .doesNotContain("published");
    }

    @Test
    void awaitingSignOffTellsTheDirectorWhoSubmitted() {
        RenderedMail mail = templates.render(MailKind.AWAITING_SIGN_OFF, returnMail(MailKind.AWAITING_SIGN_OFF));

        assertThat(mail.subject()).isEqualTo(SERVICE + "'s Q2 2017/18 return: Ready for your sign-off");
        assertThat(mail.text()).contains("Priya Shah has submitted your service's performance return.")
                .contains("Review and sign off the return: " + RETURN_LINK);
        assertThat(MailHtml.parse(mail.html()).links()).singleElement()
                .satisfies(link -> assertThat(link.text()).startsWith("Review and sign off "));
    }

    @Test
    void deadlineIsShownInLondonTimeWhateverZoneTheCallerUses() {
        ReturnMail utc = ReturnMail.builder().serviceName(SERVICE).quarterName(QUARTER)
                .deadline(DEADLINE.withZoneSameInstant(ZoneOffset.UTC)).closesIn("closes in 2 days")
                .link(RETURN_LINK).build();

        assertThat(templates.render(MailKind.REMINDER, utc).text())
                .contains("Deadline: " + DEADLINE_WORDS + " (closes in 2 days)");
    }

    @Test
    void rendersTheSameTwiceFromTheCache() {
        ReturnMail mail = returnMail(MailKind.REMINDER);

        assertThat(templates.render(MailKind.REMINDER, mail)).isEqualTo(templates.render(MailKind.REMINDER, mail));
    }
}
