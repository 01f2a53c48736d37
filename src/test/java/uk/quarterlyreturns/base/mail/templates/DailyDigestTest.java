package uk.quarterlyreturns.base.mail.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.quarterlyreturns.base.mail.templates.MailExamples.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One mail a day listing a person's events, each as its own email would have named it. */
class DailyDigestTest {

    private final MailTemplates templates = new MailTemplates();
    private final DigestMail digest = digest();

    @Test
    void subjectNamesTheDayAndHowManyUpdates() {
        assertThat(templates.render(digest).subject())
                .isEqualTo("Your Quarterly Returns digest for Wednesday 18 October 2017: 3 updates");
    }

    @Test
    void listsEveryItemWithItsOwnSubjectInOrder() {
        RenderedMail mail = templates.render(digest);
        List<String> subjects = digest.items().stream().map(DigestItem::subject).toList();

        assertThat(subjects).containsExactly(
                SERVICE + "'s Q2 2017/18 return: Reminder, closes in 2 days",
                "Housing Services' Q2 2017/18 return: Ready for your sign-off",
                SHORT_QUARTER + " corporate report: published");
        assertThat(mail.text()).containsSubsequence("1. " + subjects.get(0), "2. " + subjects.get(1),
                "3. " + subjects.get(2));
        assertThat(MailHtml.parse(mail.html()).links()).extracting(MailHtml.Link::text)
                .containsExactlyElementsOf(subjects);
    }

    @Test
    void eachItemShowsItsServiceQuarterDeadlineAsItsOwnEmailDoesAndLink() {
        RenderedMail mail = templates.render(digest);
        MailHtml html = MailHtml.parse(mail.html());
        String deadline = "Deadline: " + DEADLINE_WORDS + " (closes in 2 days)";

        assertThat(mail.text()).containsSubsequence(
                "   Service: " + SERVICE, "   Quarter: " + QUARTER, "   " + deadline,
                "   Open: " + RETURN_LINK,
                "   Service: Housing Services", "   Quarter: " + QUARTER, "   " + deadline,
                "   Open: https://returns.example.gov.uk/returns/2017-18/q2/housing",
                "   Open: " + REPORT_LINK);
        assertThat(html.count("li")).isEqualTo(3);
        assertThat(html.links()).extracting(MailHtml.Link::href).containsExactly(RETURN_LINK,
                "https://returns.example.gov.uk/returns/2017-18/q2/housing", REPORT_LINK);
        assertThat(html.bodyText()).contains("Service: Housing Services").contains("Quarter: " + QUARTER)
                .contains(deadline);
        assertThat(templates.render(MailKind.REMINDER, returnMail(MailKind.REMINDER)).text()).contains(deadline);
    }

    /** An item held since yesterday says when, so that its subject's "closes in 3 days" reads as of then. */
    @Test
    void eachItemSaysWhenItHappened() {
        DigestItem reminder = digest.items().get(0);
        DigestItem held = new DigestItem(reminder.subject(), reminder.serviceName(), reminder.quarterName(),
                reminder.deadline(), reminder.closesIn(), reminder.link(),
                java.time.ZonedDateTime.parse("2017-10-16T08:00:00Z"));
        RenderedMail mail = templates.render(new DigestMail(DIRECTOR, LocalDate.of(2017, 10, 17), List.of(held)));

        assertThat(mail.text()).contains("1. " + reminder.subject() + "\n   When: Monday 16 October 2017, 09:00\n"
                + "   Service: " + SERVICE);
        assertThat(MailHtml.parse(mail.html()).bodyText()).contains("When: Monday 16 October 2017, 09:00");
        assertThat(templates.render(digest).text()).as("not when unknown").doesNotContain("When:");
    }

    @Test
    void reportItemsHaveNoServiceOrQuarterLines() {
        String text = templates.render(digest).text();
        String reportItem = text.substring(text.indexOf("3. " + SHORT_QUARTER));

        assertThat(reportItem).doesNotContain("Service:").doesNotContain("Quarter:").doesNotContain("Deadline:");
    }

    @Test
    void itemSubjectsMatchTheSingleEmails() {
        ReturnMail reminder = returnMail(MailKind.REMINDER);

        assertThat(DigestItem.of(MailKind.REMINDER, reminder).subject())
                .isEqualTo(templates.render(MailKind.REMINDER, reminder).subject());
    }

    @Test
    void oneUpdateIsSingular() {
        DigestMail one = new DigestMail(null, LocalDate.of(2017, 10, 18), List.of(digest.items().get(0)));
        RenderedMail mail = templates.render(one);

        assertThat(mail.subject()).endsWith(": 1 update");
        assertThat(mail.text()).startsWith("Hello,\n").contains("your digest of 1 update from");
        assertThat(MailHtml.parse(mail.html()).links()).hasSize(1);
    }

    @Test
    void emptyDigestIsNotMade() {
        assertThatThrownBy(() -> new DigestMail(DIRECTOR, LocalDate.of(2017, 10, 18), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one item");
    }

    @Test
    void itemsAreCopiedSoLaterChangesDoNotLeakIn() {
        List<DigestItem> items = new ArrayList<>(digest.items());
        DigestMail copy = new DigestMail(DIRECTOR, LocalDate.of(2017, 10, 18), items);
        items.clear();

        assertThat(copy.items()).hasSize(3);
    }
}
