package uk.quarterlyreturns.base.mail.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.quarterlyreturns.base.mail.templates.MailExamples.*;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every kind rendered from the least its model may hold (no recipient name, no personal message, no change note,
 * no counts) leaves no "null", no template syntax and no stray blank lines, and still makes sound HTML.
 */
class MailOptionalFieldsTest {

    private final MailTemplates templates = new MailTemplates();

    @ParameterizedTest
    @EnumSource(MailKind.class)
    void leastModelLeavesNoNullAndNoTemplateSyntax(MailKind kind) {
        RenderedMail mail = renderLeast(kind);

        for (String part : List.of(mail.subject(), mail.text(), mail.html())) {
            assertThat(part).doesNotContainIgnoringCase("null").doesNotContain("[(").doesNotContain("[#")
                    .doesNotContain("${").doesNotContain(" th:").doesNotContain("xmlns");
        }
        assertThat(mail.text()).startsWith("Hello,\n\n").endsWith("\n\nQuarterly Returns\n")
                .doesNotContain("\n\n\n").doesNotContainPattern("[ \\t]\\n");
    }

    @ParameterizedTest
    @EnumSource(MailKind.class)
    void fullModelLeavesNoStrayBlankLinesEither(MailKind kind) {
        RenderedMail mail = renderExample(kind);

        assertThat(mail.text()).doesNotContain("\n\n\n").doesNotContainPattern("[ \\t]\\n").doesNotContain("null");
    }

    @ParameterizedTest
    @EnumSource(MailKind.class)
    void htmlIsPlainAccessibleMarkup(MailKind kind) {
        for (RenderedMail mail : List.of(renderLeast(kind), renderExample(kind))) {
            MailHtml html = MailHtml.parse(mail.html());

            assertThat(mail.html()).startsWith("<!DOCTYPE html>\n<html lang=\"en-GB\">");
            assertThat(html.root().getTagName()).isEqualTo("html");
            assertThat(html.root().getAttribute("lang")).isEqualTo("en-GB");
            assertThat(html.count("h1")).isEqualTo(1);
            assertThat(html.count("img") + html.count("style") + html.count("script") + html.count("link"))
                    .isZero();
            assertThat(mail.html()).doesNotContain("class=");
            assertThat(html.links()).isNotEmpty().allSatisfy(link -> {
                assertThat(link.href()).startsWith("https://");
                assertThat(link.text()).isNotBlank().doesNotContainIgnoringCase("click here").hasSizeGreaterThan(10);
            });
        }
    }

    @Test
    void chaseWithoutSenderOrMessageComesFromTheTeam() {
        RenderedMail mail = renderLeast(MailKind.CHASE);

        assertThat(mail.subject()).isEqualTo(SERVICE + "'s Q2 2017/18 return: Chase, closes in 2 days");
        assertThat(mail.text()).contains("The performance team is chasing your service's performance return.")
                .doesNotContain("Message");
        assertThat(MailHtml.parse(mail.html()).count("blockquote")).isZero();
    }

    @Test
    void blankPersonalMessageCountsAsNone() {
        ReturnMail mail = ReturnMail.builder().serviceName(SERVICE).quarterName(QUARTER).deadline(DEADLINE)
                .closesIn("closes in 2 days").link(RETURN_LINK).senderName(" ").comment("  \n ").build();

        assertThat(templates.render(MailKind.CHASE, mail).text()).doesNotContain("Message")
                .contains("The performance team is chasing");
    }

    @Test
    void correctionWithoutChangeNoteSaysNothingAboutChanges() {
        RenderedMail mail = templates.render(MailKind.REPORT_PUBLISHED,
                new ReportMail(null, REPORT_TITLE, SHORT_QUARTER, 3, null, null, null, REPORT_LINK));

        assertThat(mail.text()).contains("It replaces version 2").contains("Version: 3").doesNotContain("What changed");
    }

    @Test
    void sentBackAndSignOffWithoutADeadlineLeaveTheDeadlineOut() {
        for (MailKind kind : List.of(MailKind.SENT_BACK, MailKind.AWAITING_SIGN_OFF)) {
            RenderedMail mail = renderLeast(kind);
            assertThat(mail.text()).doesNotContain("Deadline");
            assertThat(MailHtml.parse(mail.html()).bodyText()).doesNotContain("Deadline");
        }
    }

    @Test
    void noItemsLeftSaysSoInsteadOfZero() {
        ReturnMail mail = ReturnMail.builder().serviceName(SERVICE).quarterName(QUARTER).deadline(DEADLINE)
                .closesIn("closes in 2 days").link(RETURN_LINK).itemsOutstanding(0).remindersSent(0).build();

        assertThat(templates.render(MailKind.REMINDER, mail).text())
                .contains("Every item has been filled in; the return still needs to be submitted.");
    }

    /** Only what each kind insists on. */
    private RenderedMail renderLeast(MailKind kind) {
        return switch (kind.model()) {
            case RETURN -> {
                ReturnMailBuilder mail = ReturnMail.builder().serviceName(SERVICE).quarterName(QUARTER)
                        .link(RETURN_LINK);
                if (kind != MailKind.SENT_BACK && kind != MailKind.AWAITING_SIGN_OFF
                        && kind != MailKind.RETURN_REOPENED && kind != MailKind.CHALLENGED
                        && kind != MailKind.CHALLENGE_ANSWERED) {
                    mail.deadline(DEADLINE).closesIn("closes in 2 days");
                }
                if (kind == MailKind.ESCALATION_STRATEGIC || kind == MailKind.ESCALATION_CHIEF_EXECUTIVE) {
                    mail.directorName(DIRECTOR).strategicDirectorName(STRATEGIC_DIRECTOR);
                }
                if (kind == MailKind.OVERDUE || kind == MailKind.ESCALATION_STRATEGIC) {
                    mail.nextEscalation(STRATEGIC_DIRECTOR);
                }
                if (kind == MailKind.SENT_BACK || kind == MailKind.RETURN_REOPENED
                        || kind == MailKind.DEADLINE_EXTENDED || kind == MailKind.DEADLINE_CHANGED) {
                    mail.comment("Please add the reasons for performance for KI 433.");
                }
                if (kind == MailKind.CHALLENGED || kind == MailKind.CHALLENGE_ANSWERED) {
                    mail.challenge(new ReturnMail.Challenge("KI 433", null, null, "Why did visits double?",
                            kind == MailKind.CHALLENGE_ANSWERED ? "A new gallery opened." : null));
                }
                yield templates.render(kind, mail.build());
            }
            case REPORT -> templates.render(kind, new ReportMail(null, REPORT_TITLE, SHORT_QUARTER, 1, null, null,
                    kind == MailKind.REPORT_RETURNED || kind == MailKind.REPORT_NOBODY_APPROVES
                            ? "Please strengthen the compliance statement." : null,
                    REPORT_LINK));
            case DIGEST -> templates.render(new DigestMail(null, LocalDate.of(2017, 10, 18),
                    List.of(new DigestItem(SHORT_QUARTER + " corporate report: published", null, null, null, null, REPORT_LINK, null))));
            case ACCOUNT -> templates.render(kind, new AccountMail(null, USERNAME, CHANGED,
                    kind == MailKind.ACCOUNT_PASSWORD_CHANGED ? null : ADMINISTRATOR, null, null,
                    kind == MailKind.ACCOUNT_EMAIL_CHANGED ? "s.patel@kirklees.example.gov.uk" : null, CONTACT,
                    SIGN_IN_LINK));
            case OPENING -> templates.render(kind, new OpeningMail(null, QUARTER, REFUSAL, CHANGED, false,
                    COMPLIANCE_LINK));
            case STOPPED -> templates.render(kind, new StoppedStepsMail(null, QUARTER, List.of(STOPPED_STEP),
                    COMPLIANCE_LINK));
        };
    }

    private RenderedMail renderExample(MailKind kind) {
        return switch (kind.model()) {
            case RETURN -> templates.render(kind, returnMail(kind));
            case REPORT -> templates.render(kind, reportMail(kind));
            case DIGEST -> templates.render(digest());
            case ACCOUNT -> templates.render(kind, accountMail(kind));
            case OPENING -> templates.render(kind, openingMail());
            case STOPPED -> templates.render(kind, stoppedStepsMail());
        };
    }
}
