package uk.quarterlyreturns.chasing;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.quarterlyreturns.returns.ReturnWorkflow;
import uk.quarterlyreturns.returns.ServiceReturn;
import uk.quarterlyreturns.support.AcceptedReturn;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.support.Await;
import uk.quarterlyreturns.support.ReturnScenario;
import uk.quarterlyreturns.support.TestMailServer;

/**
 * An accepted return reopened for correction before its report is published is mailed to the service with the
 * reason, in a mail of its own that says nothing of publication.
 */
class ReopenedReturnMailTest extends ApplicationTest {

    private static final String YEAR = "2763-64";
    private static final String REASON = "RH-1 counted jobs finished after the quarter end: recount them";

    @Autowired ApplicationContext context;
    @Autowired ReturnWorkflow workflow;

    @Test
    void theServicesDirectorAndDataOfficersAreToldWhyTheirReturnWasReopened() throws Exception {
        ServiceReturn housing = AcceptedReturn.housing(context, YEAR);

        workflow.reopen(housing.id(), "perf", REASON);

        for (String address : List.of("data.housing@demo.council.test", "dir.housing@demo.council.test")) {
            Await.until("the reopening mailed to " + address, ReturnScenario.WAIT,
                    () -> !reopenedMailTo(address).isEmpty());
            assertThat(reopenedMailTo(address)).singleElement()
                    .satisfies(m -> {
                        assertThat(m.getSubject()).isEqualTo("Housing's Q2 2763/64 return: Correction needed,"
                                + " reopened");
                        assertThat(TestMailServer.body(m)).contains(REASON).contains("/returns/" + housing.id())
                                .contains("submit it again").doesNotContain("published");
                    });
        }
    }

    private static List<MimeMessage> reopenedMailTo(String address) {
        return TestMailServer.receivedBy(address, "Housing's Q2 2763/64 return: Correction needed");
    }
}
