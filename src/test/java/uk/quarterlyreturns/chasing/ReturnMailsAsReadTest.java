package uk.quarterlyreturns.chasing;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.quarterlyreturns.support.TestMailServer.part;

import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.quarterlyreturns.base.mail.templates.MailKind;
import uk.quarterlyreturns.base.mail.templates.RenderedMail;
import uk.quarterlyreturns.framework.MeasureEntry;
import uk.quarterlyreturns.people.PeopleService;
import uk.quarterlyreturns.returns.ReturnEditing;
import uk.quarterlyreturns.returns.ReturnWorkflow;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.support.ReturnScenario;
import uk.quarterlyreturns.support.TestMailServer;
import uk.quarterlyreturns.support.WebSession;

/** A return's mails as their recipients read them: who asks, what is missing, and where the link leads. */
class ReturnMailsAsReadTest extends ApplicationTest {

    private static final Pattern LINK = Pattern.compile("Open the return: (\\S+)");

    @Autowired ApplicationContext context;
    @Autowired ReturnWorkflow workflow;
    @Autowired ReturnMailer mailer;
    @Autowired ReturnEditing editing;
    @Autowired PeopleService people;
    @Autowired Chasing chasing;
    @Autowired JdbcClient jdbc;

    @Test
    void theDirectorIsToldWhoSubmittedAndTheServiceWhoSentItBackWithTheirCommentsAndTheLinkOpensTheReturn()
            throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 3660);
        scenario.completeAndSubmit();
        MimeMessage toSign = TestMailServer.awaitReceived("dir.housing@demo.council.test", "Q2 3660/61 return: Ready");
        assertThat(part(toSign, "text/plain")).as("who submitted it")
                .contains("Lucy Wade has submitted your service's performance return. It is ready for your sign-off.");
        workflow.signOff(scenario.housing.id(), "dir.housing");
        String comment = "HF-1 fell to 85% & the repairs backlog isn't explained: say why, and what's planned";

        workflow.sendBackByPerformanceTeam(scenario.housing.id(), "perf", comment);

        MimeMessage mail = TestMailServer.awaitReceived("data.housing@demo.council.test", "Q2 3660/61 return has been"
                + " sent back");
        assertThat(mail.getSubject()).isEqualTo("Housing's Q2 3660/61 return has been sent back for changes");
        assertThat(mail.getFrom()[0].toString()).as("the configured sender")
                .isEqualTo("performance@quarterly-returns.local");
        String text = part(mail, "text/plain");
        assertThat(text).contains("Performance Officer has sent your service's performance return back for changes.")
                .contains("Comment from Performance Officer:\n\n" + comment);
        assertThat(part(mail, "text/html")).contains("Performance Officer has sent")
                .contains("HF-1 fell to 85% &amp; the repairs backlog isn&#39;t explained").doesNotContain("&amp;amp;");

        Matcher link = LINK.matcher(text);
        assertThat(link.find()).isTrue();
        String path = URI.create(link.group(1)).getPath();
        assertThat(path).isEqualTo("/returns/" + scenario.housing.id());
        assertTheLinkLeadsBackAfterSignIn(path, "data.housing");
    }

    @Test
    void aReminderListsTheItemsStillEmpty() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 3661);
        long id = scenario.housing.id();

        RenderedMail before = reminder(scenario);
        assertThat(before.text()).contains("""
                3 items are still empty:
                - HF-1 Percentage of repairs completed on time
                - HF-2 Households in temporary accommodation
                - HKA-1 Bring empty homes back into use
                """);
        assertThat(before.html()).contains("<li>HF-2 Households in temporary accommodation</li>");

        editing.saveMeasure(id, scenario.measureId("HF-1"), null,
                new MeasureEntry(new BigDecimal("85"), null, null, null, null, null), "data.housing");
        assertThat(reminder(scenario).text()).contains("2 items are still empty:\n- HF-2 Households")
                .doesNotContain("HF-1 Percentage").doesNotContain("HF-3");
    }

    @Test
    void theOverdueNoticeAsksTheDirectorToSubmitAndThePerformanceTeamToChase() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 3662);
        ReturnMailer.About overdue = new ReturnMailer.About("OVERDUE", null, null, null, "Imran Hussain", null,
                "Graham Sutcliffe (strategic director)", 2);

        String toDirector = overdue(scenario, "dir.housing", overdue);
        String toTeam = overdue(scenario, "perf", overdue);

        assertThat(toDirector).contains("Please submit the return and have it signed off as soon as possible.")
                .doesNotContain("compliance page");
        assertThat(toTeam).contains("The service has been told too; you can chase it from the compliance page.")
                .doesNotContain("Please submit").contains("escalated to Graham Sutcliffe (strategic director)");
    }

    /** The overdue notice says by when the return must be in before it goes to the strategic director. */
    @Test
    void theOverdueNoticeSaysWhenTheReturnWillBeEscalated() {
        long returnId = ServiceOfItsOwn.returnOf(context, 3663, false, Instant.now().minus(Duration.ofHours(1)));

        chasing.sendDueChase(returnId);

        String text = jdbc.sql("select body_text from outbox_message where return_id = :r and kind = 'OVERDUE'"
                + " and recipient = 'cs.dir.3663@demo.council.test'").param("r", returnId).query(String.class).single();
        assertThat(text).containsPattern("If it is still overdue on (Monday|Tuesday|Wednesday|Thursday|Friday)"
                + " \\d{1,2} [A-Z][a-z]+ \\d{4}, \\d\\d:\\d\\d, it will be escalated to ");
    }

    private String overdue(ReturnScenario scenario, String username, ReturnMailer.About about) {
        RenderedMail mail = mailer.preview(MailKind.OVERDUE, scenario.housing, scenario.cycle,
                people.find(username).orElseThrow(), about);
        assertThat(mail.html()).contains(mail.text().contains("Please submit") ? "Please submit" : "told too");
        return mail.text();
    }

    private RenderedMail reminder(ReturnScenario scenario) {
        return mailer.preview(MailKind.REMINDER, scenario.housing, scenario.cycle,
                people.find("dir.housing").orElseThrow(), ReturnMailer.About.step("REMINDER_2"));
    }

    /** Signed out, the link leads to the sign-in page, and signing in leads on to where the link pointed. */
    private void assertTheLinkLeadsBackAfterSignIn(String path, String username) {
        WebSession browser = new WebSession(url(""));
        HttpResponse<String> signedOut = browser.getPage(path);
        assertThat(signedOut.statusCode()).isEqualTo(302);
        assertThat(signedOut.headers().firstValue("Location").orElse("")).endsWith("/login");
        HttpResponse<String> signedIn = browser.signIn(username, "demo");
        assertThat(URI.create(signedIn.headers().firstValue("Location").orElse("")).getPath()).isEqualTo(path);
    }
}
