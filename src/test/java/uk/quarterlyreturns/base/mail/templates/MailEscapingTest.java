package uk.quarterlyreturns.base.mail.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.quarterlyreturns.base.mail.templates.MailExamples.*;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What people type is escaped in the HTML part, printed as typed in the text part, and never run as markup. */
class MailEscapingTest {

    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String ESCAPED_SCRIPT = "&lt;script&gt;alert(1)&lt;/script&gt;";

    private final MailTemplates templates = new MailTemplates();

    @Test
    void scriptInASentBackCommentIsEscapedInHtmlAndLiteralInText() {
        ReturnMail mail = ReturnMail.builder().serviceName(SERVICE).quarterName(QUARTER).link(RETURN_LINK)
                .senderName(DIRECTOR).comment("Please fix KI 433 " + SCRIPT).build();
        RenderedMail rendered = templates.render(MailKind.SENT_BACK, mail);

        assertThat(rendered.html()).contains(ESCAPED_SCRIPT).doesNotContain(SCRIPT).doesNotContainIgnoringCase("<script");
        assertThat(rendered.text()).contains("Please fix KI 433 " + SCRIPT);
        assertThat(MailHtml.parse(rendered.html()).bodyText()).contains("Please fix KI 433 " + SCRIPT);
    }

    @Test
    void scriptInAPersonalMessageAndSenderNameIsEscaped() {
        ReturnMail mail = ReturnMail.builder().serviceName(SERVICE).quarterName(QUARTER).deadline(DEADLINE)
                .closesIn("closes in 2 days").link(RETURN_LINK).senderName("Jo <b>O'Neill</b>").comment(SCRIPT)
                .build();
        RenderedMail rendered = templates.render(MailKind.CHASE, mail);

        assertThat(rendered.html()).contains(ESCAPED_SCRIPT).contains("Jo &lt;b&gt;O&#39;Neill&lt;/b&gt;")
                .doesNotContain("<b>").doesNotContain(SCRIPT);
        assertThat(rendered.text()).contains("Message from Jo <b>O'Neill</b>:\n\n" + SCRIPT + "\n");
        assertThat(MailHtml.parse(rendered.html()).count("b")).isZero();
    }

    @Test
    void scriptInTheChiefExecutivesCommentsIsEscaped() {
        ReportMail report = new ReportMail(null, REPORT_TITLE, SHORT_QUARTER, 1, SUMMARY, null, SCRIPT, REPORT_LINK);
        RenderedMail rendered = templates.render(MailKind.REPORT_RETURNED, report);

        assertThat(rendered.html()).contains(ESCAPED_SCRIPT).doesNotContain(SCRIPT);
        assertThat(rendered.text()).contains(SCRIPT);
    }

    @Test
    void markupInAServiceNameIsEscapedEverywhereItAppears() {
        String service = "Parks & <i>Open</i> Spaces";
        ReturnMail mail = ReturnMail.builder().serviceName(service).quarterName(QUARTER).deadline(DEADLINE)
                .closesIn("closes in 2 days").link(RETURN_LINK).build();
        RenderedMail rendered = templates.render(MailKind.REMINDER, mail);
        MailHtml html = MailHtml.parse(rendered.html());

        assertThat(rendered.html()).contains("Parks &amp; &lt;i&gt;Open&lt;/i&gt; Spaces").doesNotContain("<i>");
        assertThat(html.count("i")).isZero();
        assertThat(html.title()).isEqualTo(rendered.subject());
        assertThat(html.links()).singleElement().satisfies(link -> assertThat(link.text()).contains(service));
        assertThat(rendered.text()).contains("Service: " + service);
    }

    @Test
    void templateSyntaxTypedByAPersonIsPrintedNotRun() {
        String typed = "[(${link})] [# th:if=\"${true}\"]x[/] ${comment} __${link}__ [[${greeting}]]";
        ReturnMail mail = ReturnMail.builder().serviceName(SERVICE).quarterName(QUARTER).link(RETURN_LINK)
                .comment(typed).build();
        RenderedMail rendered = templates.render(MailKind.SENT_BACK, mail);

        assertThat(rendered.text()).contains("\n" + typed + "\n");
        assertThat(MailHtml.parse(rendered.html()).bodyText()).contains(typed);
    }

    @Test
    void wordsThymeleafWouldReadAsFalseStillShow() {
        // Thymeleaf treats the strings "no", "off" and "false" as false in a condition; a message may be just "No".
        ReturnMail mail = ReturnMail.builder().serviceName(SERVICE).quarterName(QUARTER).deadline(DEADLINE)
                .closesIn("closes in 2 days").link(RETURN_LINK).senderName("false").comment("No").build();
        RenderedMail rendered = templates.render(MailKind.CHASE, mail);

        assertThat(rendered.text()).contains("Message from false:\n\nNo\n");
        assertThat(MailHtml.parse(rendered.html()).count("blockquote")).isEqualTo(1);
    }

    @Test
    void lineBreaksInACommentStayInTheTextAndShowInTheHtml() {
        ReturnMail mail = ReturnMail.builder().serviceName(SERVICE).quarterName(QUARTER).link(RETURN_LINK)
                .comment("First, KI 433.\nSecond, ERC009.").build();
        RenderedMail rendered = templates.render(MailKind.SENT_BACK, mail);

        assertThat(rendered.text()).contains("First, KI 433.\nSecond, ERC009.");
        assertThat(rendered.html()).contains("white-space: pre-line;\">First, KI 433.\nSecond, ERC009.</p>");
    }

    @Test
    void lineBreaksTypedIntoNamesCannotSplitTheSubject() {
        ReturnMail mail = ReturnMail.builder().serviceName("Housing\r\nBcc: someone@example.com")
                .quarterName(QUARTER).deadline(DEADLINE).closesIn("closes in\n2 days").link(RETURN_LINK)
                .senderName("Jo\nO'Neill").build();

        assertThat(templates.render(MailKind.CHASE, mail).subject())
                .isEqualTo("Housing Bcc: someone@example.com's Q2 2017/18 return: Chase from Jo O'Neill, "
                        + "closes in 2 days");
    }

    @Test
    void digestItemSubjectsAreEscaped() {
        DigestItem item = new DigestItem("Reminder: " + SCRIPT, "A & B", QUARTER, DEADLINE, "closes in 2 days",
                RETURN_LINK, null);
        RenderedMail rendered = templates.render(new DigestMail(DIRECTOR, LocalDate.of(2017, 10, 18), List.of(item)));

        assertThat(rendered.html()).contains("Reminder: " + ESCAPED_SCRIPT).contains("A &amp; B").doesNotContain(SCRIPT);
        assertThat(rendered.text()).contains("1. Reminder: " + SCRIPT).contains("Service: A & B");
    }

    @Test
    void ampersandsInALinkAreEscapedInsideTheHrefAttribute() {
        String link = "https://returns.example.gov.uk/returns?quarter=2&service=erc";
        ReturnMail mail = ReturnMail.builder().serviceName(SERVICE).quarterName(QUARTER).link(link).comment("c").build();
        RenderedMail rendered = templates.render(MailKind.SENT_BACK, mail);

        assertThat(rendered.html()).contains("href=\"https://returns.example.gov.uk/returns?quarter=2&amp;service=erc\"");
        assertThat(MailHtml.parse(rendered.html()).links()).singleElement()
                .satisfies(a -> assertThat(a.href()).isEqualTo(link));
        assertThat(rendered.text()).contains("Open the return: " + link + "\n");
    }
}
