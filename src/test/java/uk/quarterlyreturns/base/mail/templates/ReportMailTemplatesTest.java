package uk.quarterlyreturns.base.mail.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.quarterlyreturns.base.mail.templates.MailExamples.*;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Emails about the compiled corporate report: its title, version and where to read it. */
class ReportMailTemplatesTest {

    private final MailTemplates templates = new MailTemplates();

    @ParameterizedTest
    @EnumSource(value = MailKind.class, names = {"REPORT_FOR_APPROVAL", "REPORT_RETURNED", "REPORT_PUBLISHED"})
    void namesTheReportAndLinksToIt(MailKind kind) {
        RenderedMail mail = templates.render(kind, reportMail(kind));
        MailHtml html = MailHtml.parse(mail.html());

        assertThat(mail.subject()).startsWith(SHORT_QUARTER + " corporate report").doesNotContain("\n");
        assertThat(mail.text()).contains(REPORT_TITLE).contains(REPORT_LINK).endsWith("Quarterly Returns\n");
        assertThat(html.bodyText()).contains(REPORT_TITLE);
        assertThat(html.root().getAttribute("lang")).isEqualTo("en-GB");
        assertThat(html.links()).singleElement().satisfies(link -> {
            assertThat(link.href()).isEqualTo(REPORT_LINK);
            assertThat(link.text()).contains(REPORT_TITLE);
        });
    }

    @Test
    void approvalRequestGivesTheChiefExecutiveTheVersionAndSummary() {
        RenderedMail mail = templates.render(MailKind.REPORT_FOR_APPROVAL, reportMail(MailKind.REPORT_FOR_APPROVAL));

        assertThat(mail.subject()).isEqualTo("Q2 2017/18 corporate report: for your approval");
        for (String body : new String[] {mail.text(), MailHtml.parse(mail.html()).bodyText()}) {
            assertThat(body).contains("Dear " + CHIEF_EXECUTIVE + ",")
                    .contains("Version: 1")
                    .contains("Summary: " + SUMMARY)
                    .contains("return it to the performance team with your comments");
        }
    }

    @Test
    void nobodyApprovesSaysWhyAndWhatToDo() {
        ReportMail nobody = reportMail(MailKind.REPORT_NOBODY_APPROVES);
        RenderedMail mail = templates.render(MailKind.REPORT_NOBODY_APPROVES, nobody);

        assertThat(mail.subject()).isEqualTo("Q2 2017/18 corporate report: nobody can approve it yet");
        for (String body : new String[] {mail.text(), MailHtml.parse(mail.html()).bodyText()}) {
            assertThat(body).contains("Dear " + PERFORMANCE_OFFICER + ",").contains(REPORT_TITLE)
                    .contains("Why: " + nobody.comment())
                    .contains("The report waits until an administrator names a chief executive who had no hand in"
                            + " it, under Users");
        }
        assertThat(MailHtml.parse(mail.html()).links()).singleElement()
                .satisfies(link -> assertThat(link.href()).isEqualTo(REPORT_LINK));
    }

    @Test
    void returnedReportCarriesTheChiefExecutivesComments() {
        ReportMail returned = reportMail(MailKind.REPORT_RETURNED);
        RenderedMail mail = templates.render(MailKind.REPORT_RETURNED, returned);

        assertThat(mail.subject()).isEqualTo("Q2 2017/18 corporate report: returned with comments");
        for (String body : new String[] {mail.text(), MailHtml.parse(mail.html()).bodyText()}) {
            assertThat(body).contains("Comments from the Chief Executive:").contains(returned.comment());
        }
    }

    @Test
    void firstPublicationLeavesOutVersionAndChangeNote() {
        ReportMail first = new ReportMail("Cllr Taylor", REPORT_TITLE, SHORT_QUARTER, 1, SUMMARY, "left over from a draft",
                null, REPORT_LINK);
        RenderedMail mail = templates.render(MailKind.REPORT_PUBLISHED, first);

        assertThat(mail.subject()).isEqualTo("Q2 2017/18 corporate report: published");
        assertThat(mail.text()).contains("A new corporate performance report has been published.")
                .doesNotContain("Version").doesNotContain("What changed").doesNotContain("left over from a draft");
        assertThat(MailHtml.parse(mail.html()).bodyText()).doesNotContain("What changed");
    }

    @Test
    void correctedVersionSaysWhatChanged() {
        ReportMail second = new ReportMail("Cllr Taylor", REPORT_TITLE, SHORT_QUARTER, 2, SUMMARY,
                "KI 433 corrected from 57.2% to 61.0% after a data entry error.", null, REPORT_LINK + "/v2");
        RenderedMail mail = templates.render(MailKind.REPORT_PUBLISHED, second);

        assertThat(mail.subject()).isEqualTo("Q2 2017/18 corporate report, version 2: published");
        for (String body : new String[] {mail.text(), MailHtml.parse(mail.html()).bodyText()}) {
            assertThat(body).contains("It replaces version 1, which stays available.")
                    .contains("Version: 2")
                    .contains("What changed:")
                    .contains("KI 433 corrected from 57.2% to 61.0% after a data entry error.");
        }
        assertThat(MailHtml.parse(mail.html()).links()).singleElement()
                .satisfies(link -> assertThat(link.href()).isEqualTo(REPORT_LINK + "/v2"));
    }
}
