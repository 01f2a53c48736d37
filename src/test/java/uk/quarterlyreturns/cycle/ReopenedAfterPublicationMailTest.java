package uk.quarterlyreturns.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.quarterlyreturns.cycle.CycleScenario.at;
import static uk.quarterlyreturns.cycle.CycleScenario.awaitMail;
import static uk.quarterlyreturns.cycle.CycleScenario.body;
import static uk.quarterlyreturns.cycle.CycleScenario.mailTo;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.quarterlyreturns.returns.ReturnRepository;
import uk.quarterlyreturns.returns.ReturnWorkflow;
import uk.quarterlyreturns.returns.ServiceReturn;
import uk.quarterlyreturns.support.ApplicationTest;

/**
 * A return reopened after its quarter's report was published: the service's director and data officers get a mail
 * of its own (not the send-back's) saying so, with the reason and what to do.
 */
class ReopenedAfterPublicationMailTest extends ApplicationTest {

    /** 21 July 2820 is a Monday, as CycleScenario's dates expect. */
    private static final int YEAR = 2820;
    private static final String REASON = "H-1 counted repairs finished after the quarter end: recount them";

    @Autowired ApplicationContext context;
    @Autowired ReturnRepository returns;
    @Autowired ReturnWorkflow workflow;
    @Autowired ReportApproval approval;

    private CycleScenario scenario;

    @AfterEach
    void realTime() {
        CycleScenario.end(scenario);
    }

    @Test
    void theServiceIsToldItsReturnWasReopenedAfterPublicationWhyAndWhatToDo() throws Exception {
        scenario = CycleScenario.of(context, YEAR)
                .open(ChasePolicy.parse("", java.time.LocalTime.of(9, 0), 30, 30));
        ServiceReturn housing = scenario.housingPublished(workflow, approval);

        at(YEAR, 8, 10, 10, 0);
        workflow.reopen(housing.id(), "perf", REASON);

        for (String address : List.of("dir.housing@demo.council.test", "data.housing@demo.council.test")) {
            awaitMail(address, "Correction needed", 1);
            assertThat(mailTo(address, "Correction needed")).singleElement().satisfies(m -> {
                assertThat(m.getSubject()).isEqualTo("Housing's Q1 2820/21 return: Correction needed,"
                        + " reopened after publication");
                assertThat(body(m)).contains("reopened your service's accepted performance return for correction")
                        .contains("already been published").contains(REASON)
                        .contains("What to do: correct the return as the reason asks and submit it again")
                        .contains("/returns/" + housing.id());
            });
            assertThat(mailTo(address, "sent back")).as("not the send-back's mail").isEmpty();
        }
    }
}
