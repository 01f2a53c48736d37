package uk.quarterlyreturns.base.mail.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.quarterlyreturns.base.mail.templates.MailExamples.*;

import org.junit.jupiter.api.Test;

/** The mail about a cycle the timer could not open: which quarter, when it was tried, why, and what to do. */
class OpeningMailTemplatesTest {

    private final MailTemplates templates = new MailTemplates();

    @Test
    void saysWhichQuarterWhenWhyAndWhatToDo() {
        RenderedMail mail = templates.render(MailKind.CYCLE_NOT_OPENED,
                new OpeningMail(PERFORMANCE_OFFICER, QUARTER, REFUSAL, CHANGED, false, COMPLIANCE_LINK));

        assertThat(mail.subject()).isEqualTo("Q2 2017/18 cycle: could not open automatically");
        assertThat(mail.text()).contains("The " + QUARTER + " cycle could not be opened automatically")
                .contains("Last tried: " + CHANGED_WORDS).contains("Why: " + REFUSAL)
                .contains("tried again every hour for a week").contains("Open a cycle…").contains(COMPLIANCE_LINK);
        assertThat(MailHtml.parse(mail.html()).bodyText()).contains(REFUSAL).contains(CHANGED_WORDS);
    }

    @Test
    void saysSoWhenTheTimerHasStoppedTrying() {
        RenderedMail mail = templates.render(MailKind.CYCLE_NOT_OPENED, openingMail());

        assertThat(mail.subject()).isEqualTo("Q2 2017/18 cycle: still not open, no longer tried automatically");
        assertThat(mail.text()).contains("It is no longer tried automatically").doesNotContain("every hour");
    }

    @Test
    void refusesAMailWithoutItsReason() {
        assertThatThrownBy(() -> templates.render(MailKind.CYCLE_NOT_OPENED,
                new OpeningMail(null, QUARTER, " ", CHANGED, false, COMPLIANCE_LINK)))
                .hasMessage("A CYCLE_NOT_OPENED email needs reason");
    }
}
