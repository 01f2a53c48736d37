package uk.quarterlyreturns.base.mail.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.quarterlyreturns.base.mail.templates.MailExamples.*;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The mail about a cycle's stopped steps: which quarter, each step with when and why, and where to try it again. */
class StoppedStepsMailTemplatesTest {

    private final MailTemplates templates = new MailTemplates();

    @Test
    void saysWhichQuarterEachStepWhenAndWhyAndWhereToTryAgain() {
        RenderedMail mail = templates.render(MailKind.STEPS_STOPPED, stoppedStepsMail());

        assertThat(mail.subject()).isEqualTo("Q2 2017/18 cycle: 2 steps stopped, waiting to be tried again");
        assertThat(mail.text()).startsWith("Dear " + PERFORMANCE_OFFICER)
                .contains("Steps of the " + QUARTER + " cycle failed each time they were tried")
                .contains("- " + STOPPED_STEP_WORDS + "\n- The notice to Housing: last failed " + CHANGED_WORDS
                        + ": the outbox is full")
                .contains("\"Try again\"").contains(COMPLIANCE_LINK);
        MailHtml html = MailHtml.parse(mail.html());
        assertThat(html.count("li")).isEqualTo(2);
        assertThat(html.bodyText()).contains(STOPPED_STEP_WORDS);
    }

    @Test
    void oneStepIsCountedAsOne() {
        assertThat(templates.render(MailKind.STEPS_STOPPED, new StoppedStepsMail(null, QUARTER, List.of(STOPPED_STEP),
                COMPLIANCE_LINK)).subject()).isEqualTo("Q2 2017/18 cycle: 1 step stopped, waiting to be tried again");
    }

    @Test
    void refusesAMailWithoutAStep() {
        assertThatThrownBy(() -> templates.render(MailKind.STEPS_STOPPED,
                new StoppedStepsMail(null, QUARTER, List.of(), COMPLIANCE_LINK)))
                .hasMessage("A STEPS_STOPPED email needs steps");
        assertThatThrownBy(() -> templates.render(MailKind.STEPS_STOPPED, new StoppedStepsMail(null, QUARTER,
                List.of(new StoppedStepsMail.Step("Compiling the report", CHANGED, " ")), COMPLIANCE_LINK)))
                .hasMessage("A STEPS_STOPPED email needs a step's failure");
    }
}
