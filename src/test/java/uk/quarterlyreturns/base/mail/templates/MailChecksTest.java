package uk.quarterlyreturns.base.mail.templates;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.quarterlyreturns.base.mail.templates.MailExamples.*;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A model that lacks what its email must say is refused, naming what is missing, rather than sent with "null". */
class MailChecksTest {

    private final MailTemplates templates = new MailTemplates();

    @Test
    void reminderWithoutDeadlineOrClosesInNamesBoth() {
        ReturnMail mail = ReturnMail.builder().serviceName(SERVICE).quarterName(QUARTER).link(RETURN_LINK).build();

        assertThatThrownBy(() -> templates.render(MailKind.REMINDER, mail))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A REMINDER email needs deadline, closesIn");
    }

    @Test
    void anyReturnEmailNeedsServiceQuarterAndLink() {
        ReturnMail mail = ReturnMail.builder().serviceName(" ").comment("c").build();

        assertThatThrownBy(() -> templates.render(MailKind.SENT_BACK, mail))
                .hasMessage("A SENT_BACK email needs serviceName, quarterName, link");
    }

    @Test
    void escalationsNeedTheDirectorAndTheChiefExecutivesNeedsTheStrategicDirector() {
        ReturnMail mail = ReturnMail.builder().serviceName(SERVICE).quarterName(QUARTER).deadline(DEADLINE)
                .closesIn("5 days overdue").link(RETURN_LINK).build();

        assertThatThrownBy(() -> templates.render(MailKind.ESCALATION_STRATEGIC, mail))
                .hasMessage("A ESCALATION_STRATEGIC email needs directorName, nextEscalation");
        assertThatThrownBy(() -> templates.render(MailKind.ESCALATION_CHIEF_EXECUTIVE, mail))
                .hasMessage("A ESCALATION_CHIEF_EXECUTIVE email needs directorName, strategicDirectorName");
        // The overdue notice says who is told next: it cannot be sent without knowing.
        assertThatThrownBy(() -> templates.render(MailKind.OVERDUE, mail))
                .hasMessage("A OVERDUE email needs nextEscalation");
    }

    @Test
    void sentBackNeedsTheComment() {
        ReturnMail mail = ReturnMail.builder().serviceName(SERVICE).quarterName(QUARTER).link(RETURN_LINK).build();

        assertThatThrownBy(() -> templates.render(MailKind.SENT_BACK, mail)).hasMessage("A SENT_BACK email needs comment");
        assertThatThrownBy(() -> templates.render(MailKind.RETURN_REOPENED, mail))
                .hasMessage("A RETURN_REOPENED email needs comment");
    }

    @Test
    void returnedReportNeedsTheComments() {
        ReportMail mail = new ReportMail(null, REPORT_TITLE, SHORT_QUARTER, 1, null, null, null, REPORT_LINK);

        assertThatThrownBy(() -> templates.render(MailKind.REPORT_RETURNED, mail))
                .hasMessage("A REPORT_RETURNED email needs comment");
    }

    @Test
    void reportVersionStartsAtOne() {
        ReportMail mail = new ReportMail(null, REPORT_TITLE, SHORT_QUARTER, 0, null, null, null, REPORT_LINK);

        assertThatThrownBy(() -> templates.render(MailKind.REPORT_PUBLISHED, mail)).hasMessageContaining("starts at 1");
    }

    @Test
    void kindMustMatchItsModel() {
        assertThatThrownBy(() -> templates.render(MailKind.REPORT_PUBLISHED, returnMail(MailKind.REMINDER)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("REPORT_PUBLISHED is rendered from a report model, not a return model");
        assertThatThrownBy(() -> templates.render(MailKind.DAILY_DIGEST, reportMail(MailKind.REPORT_PUBLISHED)))
                .hasMessage("DAILY_DIGEST is rendered from a digest model, not a report model");
        assertThatThrownBy(() -> DigestItem.of(MailKind.DAILY_DIGEST, returnMail(MailKind.REMINDER)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void linksMustBeAbsoluteWebAddresses() {
        for (String link : List.of("javascript:alert(1)", "/returns/42", "mailto:someone@example.com",
                "https://", "not a link")) {
            ReturnMail mail = ReturnMail.builder().serviceName(SERVICE).quarterName(QUARTER).comment("c").link(link)
                    .build();
            assertThatThrownBy(() -> templates.render(MailKind.SENT_BACK, mail))
                    .as(link).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void digestItemsNeedASubjectAndAWebLink() {
        DigestMail noSubject = new DigestMail(null, LocalDate.of(2017, 10, 18),
                List.of(new DigestItem(null, SERVICE, QUARTER, null, null, RETURN_LINK, null)));
        DigestMail badLink = new DigestMail(null, LocalDate.of(2017, 10, 18),
                List.of(new DigestItem("Reminder", SERVICE, QUARTER, null, null, "ftp://example.com/x", null)));

        assertThatThrownBy(() -> templates.render(noSubject)).hasMessage("A DAILY_DIGEST email needs subject");
        assertThatThrownBy(() -> templates.render(badLink)).hasMessageContaining("absolute http(s) address");
    }
}
